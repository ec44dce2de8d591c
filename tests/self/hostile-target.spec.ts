/**
 * The harness against misbehaving targets: each run ends on its own, within its timeouts, with
 * failing checks whose message names the problem, and still writes its report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID } from '../../src/reference-server/seed';
import { workDirFixture, runHarness } from '../support/harness-run';
import { HOSTILE_SCENARIOS, type HostileScenario, hostileOverride } from '../support/hostile-target';
import { type MockTarget, startMockTarget } from '../support/mock-target';
import { makeCertificates, opensslAvailable } from '../support/tls-certs';

const test = base.extend<{ workDir: string; otherOrigin: MockTarget }>({
  workDir: workDirFixture,
  otherOrigin: async ({}, use) => {
    const server = await startMockTarget();
    await use(server);
    await server.close();
  },
});

test.describe.configure({ mode: 'parallel' });

/** Small request budget, so a scenario that hangs costs about a second per probe. */
const TIMEOUT_MS = 1000;

const SETTINGS = {
  VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id,
  VBS_SHARE_ID: DOC_EXAMPLE_SHARE_ID,
  VBS_AUTH_TOKEN: DOC_EXAMPLE_FROM.token,
  VBS_TIMEOUT_MS: String(TIMEOUT_MS),
};

/** The smoke subset probes both the documented request and negative probes, and keeps each run short. */
const SMOKE = ['--grep', '@smoke'];

const EXPECTED: Record<HostileScenario, RegExp> = {
  hang: /timed out: no complete response within 1000 ms \(VBS_TIMEOUT_MS\)/,
  'slow-drip': /timed out: no complete response within 1000 ms/,
  'connection-reset': /connection reset by the target/,
  'close-mid-body': /connection closed before the response was complete/,
  'invalid-json': /invalid JSON \(/,
  'html-502': /502 with a text\/html body instead of JSON/,
  'huge-body': /Body \(10485760 bytes, first 1000 characters\)/,
  'redirect-other-origin': /302 redirect to http:\/\/127\.0\.0\.1:\d+\/v2\/.* \(not followed/,
  'redirect-loop': /302 redirect to \/v2\/.* \(not followed/,
  'rate-limited': /429 rate limited, Retry-After: 30/,
};

for (const scenario of HOSTILE_SCENARIOS) {
  test(`hostile target: ${scenario}`, async ({ workDir, otherOrigin }) => {
    test.setTimeout(120_000);
    const target = await startMockTarget({ override: hostileOverride(scenario, otherOrigin.baseUrl) });

    const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SETTINGS }, 90_000, { args: SMOKE });
    await target.close();

    // Exit code 1 (not null) means the run ended on its own with failed checks.
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(EXPECTED[scenario]);
    expect(run.stdout).toMatch(/\d+ passed, [1-9]\d* failed, \d+ skipped/);
    expect(fs.existsSync(path.join(workDir, 'allure-report', 'index.html'))).toBe(true);
    expect(otherOrigin.received).toEqual([]);
  });
}

test('hostile target: self-signed TLS', async ({ workDir }) => {
  test.skip(!opensslAvailable(), 'openssl is not installed, so no certificate can be made.');
  test.setTimeout(120_000);
  const certificates = makeCertificates(workDir);
  const target = await startMockTarget({ tls: certificates.selfSigned });

  const run = await runHarness('conformance', workDir, { VBS_BASE_URL: target.baseUrl, ...SETTINGS }, 90_000, { args: SMOKE });
  await target.close();

  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  expect(run.stdout).toContain('TLS certificate not trusted: set VBS_CA_FILE to the CA that issued it');
  expect(fs.existsSync(path.join(workDir, 'allure-report', 'index.html'))).toBe(true);
});
