/**
 * Canary secrets through whole runs. Every credential of every auth mode, and a secret-looking
 * extra header, must appear zero times in every file a run writes and in its stdout and stderr.
 * The scenarios: success, 401, timeout, exhausted run budget, redirect and IAM failure.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, OTHER_PAIR_SHARE_ID, SEED_PROJECTS } from '../../src/reference-server/seed';
import { ENV_FILE_NAME, type HarnessRun, workDirFixture, runHarness } from '../support/harness-run';
import { type IamMock, startIamMock } from '../support/iam-mock';
import { type MockTarget, startMockTarget } from '../support/mock-target';
import { containsSecret, filesContainingSecret } from '../support/secret-scan';

const CANARY = {
  token: 'canary-token-5c1e8f27b04d',
  issuedToken: 'canary-issued-token-9a3b6d21e7f0',
  password: 'canary-password-2f8e4c91a6d3',
  accessKey: 'CANARYAK7D2E9F4A1B3C',
  secretKey: 'canary-secret-key-e4b7a2c9d15f',
  securityToken: 'canary-security-token-b8d3f61a2c7e',
  extraHeader: 'canary-api-key-61f9c3e2a8b4',
};
const ALL_CANARIES = Object.values(CANARY);

const IAM_USER = { name: 'canary-user', password: CANARY.password, domain: 'canary-domain', projectId: DOC_EXAMPLE_FROM.id, token: CANARY.issuedToken };

const test = base.extend<{ iam: IamMock; otherOrigin: MockTarget; workDir: string }>({
  iam: async ({}, use) => {
    const iam = await startIamMock([IAM_USER]);
    await use(iam);
    await iam.close();
  },
  otherOrigin: async ({}, use) => {
    const server = await startMockTarget();
    await use(server);
    await server.close();
  },
  workDir: workDirFixture,
});

test.describe.configure({ mode: 'parallel' });

const SHARES = { VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id, VBS_SHARE_ID: DOC_EXAMPLE_SHARE_ID, VBS_OTHER_PROJECT_SHARE_ID: OTHER_PAIR_SHARE_ID };
const EXTRA_HEADERS = { VBS_EXTRA_HEADERS: JSON.stringify({ 'X-Api-Key': CANARY.extraHeader, 'X-Request-Source': 'canary-run' }) };

function credentials(mode: 'token' | 'password' | 'aksk', iamUrl: string): Record<string, string> {
  switch (mode) {
    case 'token':
      return { VBS_AUTH_TOKEN: CANARY.token };
    case 'password':
      return { VBS_AUTH_MODE: 'password', VBS_IAM_URL: iamUrl, VBS_IAM_USER_NAME: IAM_USER.name, VBS_IAM_PASSWORD: CANARY.password, VBS_IAM_USER_DOMAIN: IAM_USER.domain };
    case 'aksk':
      return { VBS_AUTH_MODE: 'aksk', VBS_ACCESS_KEY: CANARY.accessKey, VBS_SECRET_KEY: CANARY.secretKey, VBS_SECURITY_TOKEN: CANARY.securityToken };
  }
}

/** A target that accepts every canary credential, with an optional fault on top. */
function canaryTarget(override?: (request: http.IncomingMessage, response: http.ServerResponse) => boolean): Promise<MockTarget> {
  const projects = [...SEED_PROJECTS, { id: DOC_EXAMPLE_FROM.id, token: CANARY.token }, { id: DOC_EXAMPLE_FROM.id, token: CANARY.issuedToken }];
  const signingAccounts = [{ accessKey: CANARY.accessKey, secretKey: CANARY.secretKey, securityToken: CANARY.securityToken, project: DOC_EXAMPLE_FROM }];
  return startMockTarget({ projects, signingAccounts, override });
}

/** After the credential check, returns 401 with the received credentials echoed, as careless gateways do. */
function unauthorizedEcho(): (request: http.IncomingMessage, response: http.ServerResponse) => boolean {
  let seen = 0;
  return (request, response) => {
    seen += 1;
    if (seen === 1) return false;
    request.resume();
    const echoed = `${request.headers['x-auth-token'] ?? ''} ${request.headers.authorization ?? ''} ${request.headers['x-api-key'] ?? ''}`;
    response.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': `Token realm="${echoed}"` });
    response.end(JSON.stringify({ error_code: 'APIG.0301', error_msg: `Incorrect IAM authentication information: ${echoed}`, request_id: 'req-canary-401' }));
    return true;
  };
}

function hang(request: http.IncomingMessage): boolean {
  request.resume();
  return true;
}

/** Everything the run wrote: the work folder without the env file, which is the user's input. */
function outputsOf(run: HarnessRun): string[] {
  return fs.readdirSync(run.workDir).filter((name) => name !== ENV_FILE_NAME).map((name) => path.join(run.workDir, name));
}

function expectNoCanary(run: HarnessRun): void {
  for (const secret of ALL_CANARIES) {
    expect(filesContainingSecret(outputsOf(run), secret), `files holding ${secret}`).toEqual([]);
    expect(containsSecret(run.stdout, secret), `stdout holds ${secret}`).toBe(false);
    expect(containsSecret(run.stderr, secret), `stderr holds ${secret}`).toBe(false);
  }
}

for (const mode of ['token', 'password', 'aksk'] as const) {
  test(`canary absent: success, ${mode} mode`, async ({ iam, workDir }) => {
    test.setTimeout(180_000);
    const target = await canaryTarget();

    const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentials(mode, iam.baseUrl), ...EXTRA_HEADERS });
    await target.close();

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(fs.existsSync(path.join(workDir, 'allure-report', 'index.html'))).toBe(true);
    expect(target.received.every((request) => request.headers['x-api-key'] === CANARY.extraHeader)).toBe(true);
    expectNoCanary(run);
  });
}

for (const mode of ['token', 'aksk'] as const) {
  test(`canary absent: 401 echoing credentials, ${mode} mode`, async ({ iam, workDir }) => {
    test.setTimeout(180_000);
    const target = await canaryTarget(unauthorizedEcho());

    const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentials(mode, iam.baseUrl), ...EXTRA_HEADERS });
    await target.close();

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Incorrect IAM authentication information');
    expectNoCanary(run);
    const signatures = target.received.map((request) => /Signature=([0-9a-f]{64})/.exec(request.headers.authorization ?? '')?.[1]).filter((value) => value !== undefined);
    // Every probe but the two without configured credentials is signed in aksk mode.
    expect(signatures.length).toBe(mode === 'aksk' ? target.received.length - 2 : 0);
    for (const signature of signatures) expect(filesContainingSecret(outputsOf(run), signature)).toEqual([]);
  });

  test(`canary absent: timeout, ${mode} mode`, async ({ iam, workDir }) => {
    test.setTimeout(180_000);
    const target = await canaryTarget(hang);

    const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentials(mode, iam.baseUrl), ...EXTRA_HEADERS, VBS_TIMEOUT_MS: '800' }, 120_000, { args: ['--grep', '@smoke'] });
    await target.close();

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('timed out: no complete response within 800 ms');
    expectNoCanary(run);
  });
}

test('canary absent: run budget exhausted', async ({ iam, workDir }) => {
  test.setTimeout(120_000);
  const target = await canaryTarget(hang);

  const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentials('token', iam.baseUrl), ...EXTRA_HEADERS, VBS_TIMEOUT_MS: '2000', VBS_RUN_BUDGET_MS: '4000' });
  await target.close();

  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('Timed out waiting 4s for the test suite to run');
  expect(fs.existsSync(path.join(workDir, 'allure-report', 'index.html'))).toBe(true);
  expectNoCanary(run);
});

test('canary absent: redirect to another origin', async ({ iam, otherOrigin, workDir }) => {
  test.setTimeout(180_000);
  const target = await canaryTarget((request, response) => {
    request.resume();
    response.writeHead(302, { location: `${otherOrigin.baseUrl}${request.url ?? '/'}?token=${encodeURIComponent(String(request.headers['x-auth-token']))}` });
    response.end();
    return true;
  });

  const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentials('password', iam.baseUrl), ...EXTRA_HEADERS }, 120_000, { args: ['--grep', '@smoke'] });
  await target.close();

  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('302 redirect to');
  expect(otherOrigin.received).toEqual([]);
  expectNoCanary(run);
});

test('canary absent: IAM failure', async ({ iam, workDir }) => {
  test.setTimeout(60_000);
  const target = await canaryTarget();

  const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentials('password', iam.baseUrl), VBS_IAM_USER_DOMAIN: 'wrong-domain', ...EXTRA_HEADERS });
  await target.close();

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain('IAM rejected the credentials');
  expect(target.received).toEqual([]);
  // The run stops before any test, so it writes no results; only stdout and stderr can leak.
  expectNoCanary(run);
});

test('trace refused against a real target', async ({ iam, workDir }) => {
  test.setTimeout(60_000);
  const target = await canaryTarget();

  const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentials('token', iam.baseUrl) }, 60_000, { args: ['--trace', 'on'] });
  await target.close();

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain('Playwright traces are not allowed against a real target');
  expect(target.received).toEqual([]);
});
