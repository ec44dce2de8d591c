/**
 * Sharding as CI runs it, on one machine: two `--shard=i/2` runs in separate folders, then
 * `npm run merge-shards`, which must give one Allure report and one certification report that
 * hold every test and every clause.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { CLAUSES } from '../../src/contract/clauses';
import { SCHEMA_IDS, validatorFor } from '../../src/contract/schema-registry';
import type { CertificationReport } from '../../src/report/certification';
import { isolatedEnv, makeWorkDir, outputSettings, runHarness, runScript, writeEnvFile } from '../support/harness-run';
import { SUITE_TESTS } from '../support/suite-size';

test('two shards merge into one report', async () => {
  test.setTimeout(300_000);
  const workDir = makeWorkDir();
  const shardDirs = [1, 2].map((index) => path.join(workDir, `shard-${index}`));
  for (const dir of shardDirs) fs.mkdirSync(dir);

  const shards = await Promise.all(shardDirs.map((dir, index) => runHarness('conformance', dir, { VBS_REPORT_MODE: 'shard' }, 120_000, { args: [`--shard=${index + 1}/2`] })));
  const mergedDir = path.join(workDir, 'merged');
  fs.mkdirSync(mergedDir);
  const env = isolatedEnv({ VBS_ENV_FILE: writeEnvFile(mergedDir, {}), ...outputSettings(mergedDir) });
  const merge = await runScript('merge-shards.ts', shardDirs, env, mergedDir);

  for (const shard of shards) expect(shard.exitCode, shard.stdout + shard.stderr).toBe(0);
  const counts = shards.map((shard) => Number(/(\d+) passed, 0 failed/.exec(shard.stdout)?.[1] ?? 0));
  expect(counts.every((count) => count > 0)).toBe(true);
  expect(counts[0]! + counts[1]!).toBe(SUITE_TESTS);
  expect(merge.exitCode, merge.stdout + merge.stderr).toBe(0);

  const report = JSON.parse(fs.readFileSync(path.join(mergedDir, 'conformance-report', 'conformance-report.json'), 'utf8')) as CertificationReport;
  const validate = validatorFor(SCHEMA_IDS.conformanceReport);
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  // The test that attaches the coverage map and drift ledger certifies no clause, so it is not counted.
  expect(report.summary.tests).toBe(SUITE_TESTS - 1);
  expect(report.clauses.map((clause) => clause.id)).toEqual(Object.keys(CLAUSES));
  expect(report.clauses.filter((clause) => clause.status !== 'passed')).toEqual([]);
  expect(report.verdict).toBe('pass with drift');

  const results = fs.readdirSync(path.join(mergedDir, 'allure-results')).filter((name) => name.endsWith('-result.json'));
  expect(results).toHaveLength(SUITE_TESTS);
  expect(fs.readdirSync(path.join(mergedDir, 'allure-report'))).toContain('index.html');
  expect(merge.stdout).toContain('Allure quality gate: passed');
  expect((fs.readFileSync(path.join(mergedDir, 'junit.xml'), 'utf8').match(/<testcase /g) ?? []).length).toBe(SUITE_TESTS);
  fs.rmSync(workDir, { recursive: true, force: true });
});
