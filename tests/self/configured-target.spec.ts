/**
 * End-to-end runs against a second reference server that each test starts itself, configured only
 * through an env file. They show that the target is configurable and the run read-only, that no
 * secret leaks, and that bad settings stop the run before any request.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { test as base, expect } from '@playwright/test';
import { createReferenceServer, listen } from '../../src/reference-server/server';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, OTHER_PAIR_SHARE_ID } from '../../src/reference-server/seed';
import { makeWorkDir, runHarness } from '../support/harness-run';
import { containsSecret, filesContainingSecret } from '../support/secret-scan';

interface RecordingServer {
  baseUrl: string;
  methods: string[];
}

const test = base.extend<{ target: RecordingServer; workDir: string }>({
  target: async ({}, use) => {
    const methods: string[] = [];
    const server: http.Server = createReferenceServer({ log: (line) => methods.push(line.split(' ')[0] ?? '') });
    const baseUrl = await listen(server);
    await use({ baseUrl, methods });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  },
  workDir: async ({}, use) => {
    const dir = makeWorkDir();
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

test.describe.configure({ mode: 'parallel' });

const GOOD_SETTINGS = {
  VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id,
  VBS_SHARE_ID: DOC_EXAMPLE_SHARE_ID,
  VBS_AUTH_TOKEN: DOC_EXAMPLE_FROM.token,
  VBS_OTHER_PROJECT_SHARE_ID: OTHER_PAIR_SHARE_ID,
};

test('env file target passes read-only', async ({ target, workDir }) => {
  test.setTimeout(180_000);

  const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...GOOD_SETTINGS });

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain('19 passed, 0 failed, 3 skipped');
  expect(run.stdout).toMatch(/Allure report: .*allure-report\/index\.html/);
  expect(target.methods.length).toBeGreaterThan(10);
  expect(new Set(target.methods)).toEqual(new Set(['GET']));

  const secret = DOC_EXAMPLE_FROM.token;
  const folders = ['allure-results', 'allure-report', 'test-results'].map((name) => path.join(workDir, name));
  expect(fs.existsSync(path.join(workDir, 'allure-report', 'index.html'))).toBe(true);
  expect(filesContainingSecret(folders, secret)).toEqual([]);
  expect(containsSecret(run.stdout, secret)).toBe(false);
  expect(containsSecret(run.stderr, secret)).toBe(false);
});

test('opt-in sends unsafe probes', async ({ target, workDir }) => {
  test.setTimeout(120_000);

  const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...GOOD_SETTINGS, VBS_ALLOW_UNSAFE_METHODS: 'true' });

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain('22 passed, 0 failed, 0 skipped');
  expect(new Set(target.methods)).toEqual(new Set(['GET', 'PUT', 'PATCH', 'POST']));
});

const BAD_SETTINGS: { name: string; settings: Record<string, string>; variable: string }[] = [
  { name: 'malformed URL', settings: { VBS_BASE_URL: 'http//127.0.0.1' }, variable: 'VBS_BASE_URL' },
  { name: 'upper-case project id', settings: { VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id.toUpperCase() }, variable: 'VBS_PROJECT_ID' },
  { name: 'share id not a UUID', settings: { VBS_SHARE_ID: 'share-1' }, variable: 'VBS_SHARE_ID' },
  { name: 'zero timeout', settings: { VBS_TIMEOUT_MS: '0' }, variable: 'VBS_TIMEOUT_MS' },
  { name: 'missing project id', settings: { VBS_PROJECT_ID: '' }, variable: 'VBS_PROJECT_ID' },
  { name: 'missing share id', settings: { VBS_SHARE_ID: '' }, variable: 'VBS_SHARE_ID' },
];

for (const { name, settings, variable } of BAD_SETTINGS) {
  test(`bad setting stops run: ${name}`, async ({ target, workDir }) => {
    test.setTimeout(60_000);

    const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...GOOD_SETTINGS, ...settings });

    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain(`${variable}:`);
    expect(run.stderr).toContain('no request was sent');
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(target.methods).toEqual([]);
  });
}
