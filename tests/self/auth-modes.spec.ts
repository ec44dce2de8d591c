/**
 * Each authentication mode end to end against local mocks: the suite passes, only safe methods
 * reach the target, and rejected credentials stop the run with one message before the suite.
 */
import { test as base, expect } from '@playwright/test';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, OTHER_PAIR_SHARE_ID, SEED_PROJECTS } from '../../src/reference-server/seed';
import { workDirFixture, runHarness } from '../support/harness-run';
import { type IamMock, startIamMock } from '../support/iam-mock';
import { type MockTarget, startMockTarget } from '../support/mock-target';
import { READ_ONLY_SUMMARY } from '../support/suite-size';

const ISSUED_TOKEN = 'iam-issued-token-for-auth-mode-tests';
const IAM_USER = { name: 'qa-user', password: 'iam-password-for-auth-mode-tests', domain: 'qa-domain', projectId: DOC_EXAMPLE_FROM.id, token: ISSUED_TOKEN };
const SIGNING = { accessKey: 'AKAUTHMODETESTS0001', secretKey: 'secret-key-for-auth-mode-tests', securityToken: 'security-token-for-auth-mode-tests' };

const test = base.extend<{ target: MockTarget; iam: IamMock; workDir: string }>({
  target: async ({}, use) => {
    // The project of the tests accepts the IAM-issued token too, as a real gateway would.
    const projects = [...SEED_PROJECTS, { id: DOC_EXAMPLE_FROM.id, token: ISSUED_TOKEN }];
    const target = await startMockTarget({ projects, signingAccounts: [{ ...SIGNING, project: DOC_EXAMPLE_FROM }] });
    await use(target);
    await target.close();
  },
  iam: async ({}, use) => {
    const iam = await startIamMock([IAM_USER]);
    await use(iam);
    await iam.close();
  },
  workDir: workDirFixture,
});

test.describe.configure({ mode: 'parallel' });

const SHARES = { VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id, VBS_SHARE_ID: DOC_EXAMPLE_SHARE_ID, VBS_OTHER_PROJECT_SHARE_ID: OTHER_PAIR_SHARE_ID };

function credentialsFor(mode: 'token' | 'password' | 'aksk', iamUrl: string): Record<string, string> {
  switch (mode) {
    case 'token':
      return { VBS_AUTH_TOKEN: DOC_EXAMPLE_FROM.token };
    case 'password':
      return { VBS_AUTH_MODE: 'password', VBS_IAM_URL: iamUrl, VBS_IAM_USER_NAME: IAM_USER.name, VBS_IAM_PASSWORD: IAM_USER.password, VBS_IAM_USER_DOMAIN: IAM_USER.domain };
    case 'aksk':
      return { VBS_AUTH_MODE: 'aksk', VBS_ACCESS_KEY: SIGNING.accessKey, VBS_SECRET_KEY: SIGNING.secretKey, VBS_SECURITY_TOKEN: SIGNING.securityToken };
  }
}

for (const mode of ['token', 'password', 'aksk'] as const) {
  test(`${mode} mode passes read-only`, async ({ target, iam, workDir }) => {
    test.setTimeout(120_000);

    const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentialsFor(mode, iam.baseUrl) });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(READ_ONLY_SUMMARY);
    expect(target.received.length).toBeGreaterThan(10);
    expect(new Set(target.received.map((request) => request.method))).toEqual(new Set(['GET']));
    expect(iam.received).toEqual(mode === 'password' ? ['POST /v3/auth/tokens'] : []);
  });
}

test('aksk mode signs every configured probe', async ({ target, iam, workDir }) => {
  test.setTimeout(120_000);

  const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentialsFor('aksk', iam.baseUrl) });

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  const signed = target.received.filter((request) => request.headers.authorization?.startsWith('SDK-HMAC-SHA256'));
  expect(signed.length).toBeGreaterThan(8);
  for (const request of signed) {
    expect(request.headers['x-security-token']).toBe(SIGNING.securityToken);
    expect(request.headers.authorization).not.toContain(SIGNING.secretKey);
  }
  // Malformed-id probes use the configured credentials too, so their encoded paths were signed.
  expect(signed.some((request) => request.url.includes('%2F'))).toBe(true);
});

const REJECTED: { name: string; mode: 'token' | 'password' | 'aksk'; override: Record<string, string>; message: RegExp; targetRequests: number }[] = [
  { name: 'wrong password', mode: 'password', override: { VBS_IAM_PASSWORD: 'not-the-password' }, message: /IAM rejected the credentials: POST .*\/v3\/auth\/tokens returned 401/, targetRequests: 0 },
  { name: 'wrong secret key', mode: 'aksk', override: { VBS_SECRET_KEY: 'not-the-secret-key' }, message: /target rejected the configured credentials \(VBS_AUTH_MODE=aksk\).*-> 401/, targetRequests: 1 },
  { name: 'expired token', mode: 'token', override: { VBS_AUTH_TOKEN: 'expired-token-0000' }, message: /target rejected the configured credentials \(VBS_AUTH_MODE=token\).*-> 401/, targetRequests: 1 },
];

for (const { name, mode, override, message, targetRequests } of REJECTED) {
  test(`${name} stops run once`, async ({ target, iam, workDir }) => {
    test.setTimeout(60_000);

    const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SHARES, ...credentialsFor(mode, iam.baseUrl), ...override });

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.match(/rejected/g)).toHaveLength(1);
    expect(run.stderr).toContain('The suite did not run.');
    expect(run.stdout).not.toMatch(/\d+ passed/);
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(target.received).toHaveLength(targetRequests);
  });
}
