/**
 * Transport options end to end: a custom CA, the insecure switch, a proxy for the target and IAM,
 * and extra headers on every probe.
 */
import fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, OTHER_PAIR_SHARE_ID, SEED_PROJECTS } from '../../src/reference-server/seed';
import { type ConnectProxy, startConnectProxy } from '../support/connect-proxy';
import { makeWorkDir, workDirFixture, runHarness } from '../support/harness-run';
import { startIamMock } from '../support/iam-mock';
import { startMockTarget } from '../support/mock-target';
import { makeCertificates, opensslAvailable, type TestCertificates } from '../support/tls-certs';
import { READ_ONLY_SUMMARY } from '../support/suite-size';

const test = base.extend<{ workDir: string; connectProxy: ConnectProxy }, { certificates: TestCertificates }>({
  workDir: workDirFixture,
  connectProxy: async ({}, use) => {
    const proxy = await startConnectProxy();
    await use(proxy);
    await proxy.close();
  },
  certificates: [
    async ({}, use) => {
      const dir = makeWorkDir();
      await use(makeCertificates(dir));
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ mode: 'parallel' });

const SETTINGS = {
  VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id,
  VBS_SHARE_ID: DOC_EXAMPLE_SHARE_ID,
  VBS_OTHER_PROJECT_SHARE_ID: OTHER_PAIR_SHARE_ID,
  VBS_AUTH_TOKEN: DOC_EXAMPLE_FROM.token,
};
const PASSING = READ_ONLY_SUMMARY;

test.describe('TLS', () => {
  test.skip(!opensslAvailable(), 'openssl is not installed, so no certificate can be made.');

  test('custom CA trusts the target', async ({ workDir, certificates }) => {
    test.setTimeout(120_000);
    const target = await startMockTarget({ tls: certificates.issued });

    const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SETTINGS, VBS_CA_FILE: certificates.caFile });
    await target.close();

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(PASSING);
  });

  test('insecure switch accepts self-signed', async ({ workDir, certificates }) => {
    test.setTimeout(120_000);
    const target = await startMockTarget({ tls: certificates.selfSigned });

    const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SETTINGS, VBS_INSECURE_TLS: 'true' });
    await target.close();

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(PASSING);
  });

  test('verification is on by default', async ({ workDir, certificates }) => {
    test.setTimeout(120_000);
    const target = await startMockTarget({ tls: certificates.issued });

    const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SETTINGS }, 120_000, { args: ['--grep', 'SHOW-200-STATUS'] });
    await target.close();

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('TLS certificate not trusted');
  });
});

test('proxy carries target and IAM requests', async ({ workDir, connectProxy: proxy }) => {
  test.setTimeout(120_000);
  const issuedToken = 'proxy-test-issued-token';
  const iam = await startIamMock([{ name: 'proxy-user', password: 'proxy-test-password', domain: 'd', projectId: DOC_EXAMPLE_FROM.id, token: issuedToken }]);
  const target = await startMockTarget({ projects: [...SEED_PROJECTS, { id: DOC_EXAMPLE_FROM.id, token: issuedToken }] });
  const password = { VBS_AUTH_MODE: 'password', VBS_IAM_URL: iam.baseUrl, VBS_IAM_USER_NAME: 'proxy-user', VBS_IAM_PASSWORD: 'proxy-test-password', VBS_IAM_USER_DOMAIN: 'd' };

  const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SETTINGS, VBS_AUTH_TOKEN: '', ...password, VBS_PROXY_URL: proxy.url });
  await target.close();
  await iam.close();

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain(PASSING);
  const hostOf = (url: string): string => new URL(url).host;
  expect(proxy.tunnels).toContain(hostOf(iam.baseUrl));
  expect(proxy.tunnels).toContain(hostOf(target.baseUrl));
  expect(new Set(proxy.tunnels)).toEqual(new Set([hostOf(iam.baseUrl), hostOf(target.baseUrl)]));
});

test('extra headers reach every probe', async ({ workDir }) => {
  test.setTimeout(120_000);
  const target = await startMockTarget();

  const run = await runHarness('suite', workDir, { VBS_BASE_URL: target.baseUrl, ...SETTINGS, VBS_EXTRA_HEADERS: '{"X-Request-Source": "qa-staging"}' });
  await target.close();

  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(target.received.length).toBeGreaterThan(10);
  expect(target.received.every((request) => request.headers['x-request-source'] === 'qa-staging')).toBe(true);
});
