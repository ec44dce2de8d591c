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
import { workDirFixture, runHarness } from '../support/harness-run';
import { containsSecret, filesContainingSecret } from '../support/secret-scan';
import { FULL_SUMMARY, READ_ONLY_SUMMARY } from '../support/suite-size';

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
  workDir: workDirFixture,
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
  expect(run.stdout).toContain(READ_ONLY_SUMMARY);
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
  expect(run.stdout).toContain(FULL_SUMMARY);
  expect(new Set(target.methods)).toEqual(new Set(['GET', 'PUT', 'PATCH', 'POST']));
});

const BAD_SETTINGS: { name: string; settings: Record<string, string>; variable: string }[] = [
  { name: 'malformed URL', settings: { VBS_BASE_URL: 'http//127.0.0.1' }, variable: 'VBS_BASE_URL' },
  { name: 'upper-case project id', settings: { VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id.toUpperCase() }, variable: 'VBS_PROJECT_ID' },
  { name: 'share id not a UUID', settings: { VBS_SHARE_ID: 'share-1' }, variable: 'VBS_SHARE_ID' },
  { name: 'zero timeout', settings: { VBS_TIMEOUT_MS: '0' }, variable: 'VBS_TIMEOUT_MS' },
  { name: 'missing project id', settings: { VBS_PROJECT_ID: '' }, variable: 'VBS_PROJECT_ID' },
  { name: 'missing share id', settings: { VBS_SHARE_ID: '' }, variable: 'VBS_SHARE_ID' },
  { name: 'unknown auth mode', settings: { VBS_AUTH_MODE: 'kerberos' }, variable: 'VBS_AUTH_MODE' },
  { name: 'conflicting auth modes', settings: { VBS_ACCESS_KEY: 'AKBADCONFIG000001', VBS_SECRET_KEY: 'bad-config-secret' }, variable: 'VBS_ACCESS_KEY' },
  { name: 'half an AK/SK pair', settings: { VBS_AUTH_TOKEN: '', VBS_AUTH_MODE: 'aksk', VBS_ACCESS_KEY: 'AKBADCONFIG000001' }, variable: 'VBS_SECRET_KEY' },
  { name: 'password mode without IAM user', settings: { VBS_AUTH_TOKEN: '', VBS_AUTH_MODE: 'password', VBS_IAM_URL: 'http://127.0.0.1:9', VBS_IAM_PASSWORD: 'bad-config-password', VBS_IAM_USER_DOMAIN: 'd' }, variable: 'VBS_IAM_USER_NAME' },
  { name: 'unreadable CA file', settings: { VBS_CA_FILE: '/nonexistent/ca.pem' }, variable: 'VBS_CA_FILE' },
  { name: 'negative timeout', settings: { VBS_TIMEOUT_MS: '-1' }, variable: 'VBS_TIMEOUT_MS' },
  { name: 'URL with credentials', settings: { VBS_BASE_URL: 'http://qa:secret@127.0.0.1:9' }, variable: 'VBS_BASE_URL' },
  { name: 'bad proxy URL', settings: { VBS_PROXY_URL: 'ftp://127.0.0.1:21' }, variable: 'VBS_PROXY_URL' },
  { name: 'malformed extra headers', settings: { VBS_EXTRA_HEADERS: 'X-A: b' }, variable: 'VBS_EXTRA_HEADERS' },
  { name: 'extra header overriding auth', settings: { VBS_EXTRA_HEADERS: '{"Authorization": "Basic x"}' }, variable: 'VBS_EXTRA_HEADERS' },
  { name: 'run budget below timeout', settings: { VBS_RUN_BUDGET_MS: '10', VBS_TIMEOUT_MS: '1000' }, variable: 'VBS_RUN_BUDGET_MS' },
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
