import { type PlaywrightTestConfig, defineConfig } from '@playwright/test';
import { type HarnessConfig, loadConfig } from './src/config/config';
import { ConfigError } from './src/config/errors';
import { type ReportMode, outputPaths, reportMode } from './src/config/output-paths';
import { describeTarget } from './src/config/target';
import { version } from './package.json';
import { contractVersion } from './src/contract/contract-version';
import type { RunFacts } from './src/report/certification';
import { FACTS_METADATA_KEY } from './reporters/certification';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/report/browser';

function readOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // A configuration mistake is the user's to fix, so it gets the message alone, no stack trace.
    console.error(error.message);
    process.exit(2);
  }
}

const harness: HarnessConfig = readOrExit(loadConfig);
const mode = readOrExit(() => reportMode());
const embedded = harness.target.kind === 'embedded';
const { transport } = harness;
// Playwright traces record API requests with their headers unmasked, credentials included, so a
// trace of a real target would leak them into an artifact.
if (!embedded && process.argv.some((arg) => arg === '--trace' || arg.startsWith('--trace='))) {
  console.error('Playwright traces are not allowed against a real target (VBS_BASE_URL is set): they record request headers, credentials included, unmasked.\nRun without --trace; every exchange is attached to the report with credentials masked.');
  process.exit(2);
}
// APIRequestContext has no CA option, but workers are forked after this file runs in the main
// process and inherit its environment, so Node in each worker trusts the extra CA file.
if (transport.caFile) process.env.NODE_EXTRA_CA_CERTS = transport.caFile;
const output = outputPaths();

/** Facts the certification report states; kept in the config metadata so blob reports carry them to the merge. */
const runFacts: RunFacts = {
  target: describeTarget(harness),
  profile: harness.profile,
  timestampZonePolicy: harness.timestampZone,
  harnessVersion: version,
  contractVersion: contractVersion(),
  ...(harness.apiDocUrl ? { apiDocUrl: harness.apiDocUrl } : {}),
};

type ReporterList = NonNullable<PlaywrightTestConfig['reporter']> & unknown[];

/**
 * Reporters per VBS_REPORT_MODE. They are chosen here rather than with `--reporter` because that
 * option replaces the whole list, and a shard without allure-playwright would write no results.
 */
function selectReporters(mode: ReportMode): ReporterList {
  const allure: ReporterList[number] = [
    'allure-playwright',
    {
      resultsDir: output.allureResults,
      detail: false,
      environmentInfo: {
        target: describeTarget(harness),
        profile: harness.profile,
        timestamp_zone_policy: harness.timestampZone,
        undocumented_properties_policy: harness.undocumentedProperties,
        auth_mode: harness.auth.mode,
        harness_version: version,
        contract_version: runFacts.contractVersion,
        node: process.version,
        ...(harness.referenceFault ? { reference_fault: harness.referenceFault } : {}),
      },
    },
  ];
  const junit: ReporterList[number] = ['junit', { outputFile: output.junitFile, embedAnnotationsAsProperties: true }];
  const certification: ReporterList[number] = ['./reporters/certification.ts', { outputDir: output.certificationReport }];
  const mutationScore: ReporterList[number] = ['./reporters/mutation-score.ts'];
  const summary: ReporterList[number] = ['./reporters/summary-line.ts'];

  if (mode === 'shard') return [['list'], ['blob', { outputDir: output.blobReport }], allure, summary];
  if (mode === 'merge') return [junit, certification, summary];
  return [['list'], junit, allure, certification, mutationScore, summary];
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One snapshot per name, committed with the tests; failure text does not vary by platform.
  snapshotPathTemplate: '{testDir}/__snapshots__/{testFilePath}/{arg}{ext}',
  workers: 2,
  // A probe may use its whole request budget; the rest is set-up and attachments.
  timeout: harness.timeoutMs * 2 + 10_000,
  // Budget of the whole run; 0 means none. Tests cut off by it are reported as interrupted.
  globalTimeout: transport.runBudgetMs ?? 0,
  // Against a real target: fetches the IAM token of password mode once, then checks the credentials.
  globalSetup: './src/auth/global-setup.ts',
  reporter: selectReporters(mode),
  metadata: { [FACTS_METADATA_KEY]: runFacts },
  use: {
    ignoreHTTPSErrors: harness.insecureTls,
    proxy: transport.proxyUrl ? { server: transport.proxyUrl } : undefined,
    trace: 'off',
  },
  projects: [
    { name: 'conformance', testDir: './tests/conformance' },
    { name: 'self-test', testDir: './tests/self' },
    // Opens generated reports in a real browser; `npm test` runs it, `npm run conformance` does not.
    {
      name: 'report-browser',
      testDir: './tests/report',
      use: { browserName: 'chromium', launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: embedded
    ? {
        command: 'node --import tsx src/reference-server/main.ts',
        env: { PORT: '0', VBS_LOG_LEVEL: harness.logLevel, VBS_REFERENCE_FAULT: harness.referenceFault ?? '', VBS_TIMEOUT_MS: String(harness.timeoutMs) },
        wait: { stdout: /listening on http:\/\/127\.0\.0\.1:\d+ port (?<vbs_reference_port>\d+)/ },
        stdout: 'ignore',
        stderr: 'pipe',
        timeout: 30_000,
        gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
      }
    : undefined,
});
