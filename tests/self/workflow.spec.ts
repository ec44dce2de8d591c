/**
 * The nightly GitHub Actions workflow cannot run here, so it is validated against the Actions
 * workflow JSON Schema that @action-validator/core 0.6 ships (SchemaStore's github-workflow.json,
 * compiled into its WebAssembly module), and checked for the steps the nightly job relies on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { validateWorkflow } from '@action-validator/core';
import { REPOSITORY_ROOT } from '../../src/config/output-paths';

const WORKFLOW = path.join(REPOSITORY_ROOT, '.github', 'workflows', 'nightly-conformance.yml');

test.describe('nightly workflow', () => {
  test('matches the workflow schema', () => {
    const state = validateWorkflow(fs.readFileSync(WORKFLOW, 'utf8'));

    expect(state.errors, JSON.stringify(state.errors, null, 2)).toEqual([]);
  });

  test('validator rejects a broken workflow', () => {
    const broken = 'on: push\njobs:\n  build:\n    runs-onn: ubuntu-latest\n    steps:\n      - run: echo\n';

    const state = validateWorkflow(broken);

    expect(state.errors.length).toBeGreaterThan(0);
  });

  test('runs shards, merges and keeps history', () => {
    const text = fs.readFileSync(WORKFLOW, 'utf8');

    expect(text).toMatch(/schedule:\n\s+- cron: '[^']+'/);
    expect(text).toContain('workflow_dispatch:');
    expect(text).toContain('run: npm ci');
    expect(text).toContain('VBS_AUTH_TOKEN: ${{ secrets.VBS_AUTH_TOKEN }}');
    expect(text).toContain('shard: [1, 2]');
    expect(text).toContain('npm run conformance -- --shard=${{ matrix.shard }}/2');
    expect(text).toContain('npm run merge-shards -- shards/shard-1 shards/shard-2');
    expect(text).toContain('uses: actions/cache/restore@v4');
    expect(text).toContain('uses: actions/cache/save@v4');
    expect(text).toContain('path: allure-report/index.html');
    expect(text).toContain('conformance-report/');
  });
});
