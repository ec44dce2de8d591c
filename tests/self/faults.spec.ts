/**
 * The fault catalogue itself: well-formed entries that together reach every clause, and the
 * VBS_REFERENCE_FAULT switch that plants one in the embedded server for a demonstration run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLAUSES } from '../../src/contract/clauses';
import { REPOSITORY_ROOT } from '../../src/config/output-paths';
import { FAULTS, FAULT_NAMES } from '../../src/reference-server/faults';
import { handleRequest } from '../../src/reference-server/routes';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, SEED_PROJECTS, seedShares } from '../../src/reference-server/seed';
import { isolatedEnv, runHarness } from '../support/harness-run';
import { expect, test } from '../support/reference-servers';

test.describe('fault catalogue', () => {
  test('names are unique kebab-case', () => {
    expect(new Set(FAULT_NAMES).size).toBe(FAULT_NAMES.length);
    for (const name of FAULT_NAMES) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('descriptions are one line', () => {
    for (const fault of FAULTS) {
      expect(fault.description, fault.name).not.toMatch(/\n/);
      expect(fault.description.length, fault.name).toBeGreaterThan(10);
    }
  });

  test('every clause has a fault', () => {
    const reached = new Set(FAULTS.flatMap((fault) => fault.fails));

    expect(Object.keys(CLAUSES).filter((id) => !reached.has(id as keyof typeof CLAUSES))).toEqual([]);
  });

  test('every fault expects evidence', () => {
    for (const fault of FAULTS) expect(fault.fails.length + (fault.reports?.length ?? 0), fault.name).toBeGreaterThan(0);
  });

  test('README lists every fault', () => {
    const readme = fs.readFileSync(path.join(REPOSITORY_ROOT, 'README.md'), 'utf8');

    expect(FAULT_NAMES.filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });

  test('faults leave the seed store alone', () => {
    const store = { projects: SEED_PROJECTS, shares: seedShares() };
    const before = JSON.stringify(store);
    const probe = { method: 'GET', rawPath: `/v2/${DOC_EXAMPLE_FROM.id}/os-vendor-backup-sharing/${DOC_EXAMPLE_SHARE_ID}`, headers: { 'x-auth-token': DOC_EXAMPLE_FROM.token } };

    for (const fault of FAULTS) fault.apply(handleRequest(store, probe), probe, { store, requestBudgetMs: 1000 });

    expect(JSON.stringify(store)).toBe(before);
  });
});

test.describe('VBS_REFERENCE_FAULT', () => {
  test('unknown name stops the server', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPOSITORY_ROOT, 'src', 'reference-server', 'main.ts')], {
      cwd: REPOSITORY_ROOT,
      env: isolatedEnv({ VBS_REFERENCE_FAULT: 'size-as-text' }),
      encoding: 'utf8',
      timeout: 30_000,
    });

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Invalid VBS_REFERENCE_FAULT "size-as-text"');
    expect(result.stderr).toContain('size-as-string');
  });

  test('planted fault fails the run', async ({ workDir }) => {
    test.setTimeout(180_000);

    const run = await runHarness('conformance', workDir, { VBS_REFERENCE_FAULT: 'size-as-string' });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.stderr + run.stdout).toContain('planted fault size-as-string');
    expect(run.stdout).toContain('[SHOW-200-COUNTERS] Counter is not a non-negative integer');
    expect(run.stdout).toMatch(/\d+ passed, 2 failed, 0 skipped/);
  });
});
