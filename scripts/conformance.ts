/**
 * `npm run conformance`: runs the conformance suite against the configured target (the embedded
 * reference server when VBS_BASE_URL is unset), then writes the single-file Allure report.
 * Extra arguments go to `playwright test`, for example `-- --grep @smoke`.
 * With VBS_REPORT_MODE=shard (and `-- --shard=i/n`) it runs one machine's part and leaves the
 * reports to `npm run merge-shards`.
 * Exit code: that of the suite (0 when every clause holds), or 1 when the report could not be made
 * or the Allure quality gate failed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadDotenv } from '../src/config/config';
import { ConfigError } from '../src/config/errors';
import { outputPaths, reportMode } from '../src/config/output-paths';
import { generateAllureReport, runQualityGate } from '../src/report/allure-html';

const root = path.resolve(__dirname, '..');
loadOutputSettings();
const { allureResults: resultsDir, allureReport: reportDir, allureHistory: historyFile } = outputPaths();
// Node reads NODE_EXTRA_CA_CERTS only at start, so the main Playwright process gets it here because
// it makes the IAM token request. playwright.config.ts sets it for the workers.
if (process.env.VBS_CA_FILE?.trim()) process.env.NODE_EXTRA_CA_CERTS = path.resolve(process.env.VBS_CA_FILE.trim());

/** Reads the dotenv file for the output folders; the suite validates the rest itself. */
function loadOutputSettings(): void {
  try {
    loadDotenv();
  } catch {
    // The suite reports an unreadable dotenv file with its own message.
  }
}

// allure-playwright never clears its folder, and stale results would show up as retries.
fs.rmSync(resultsDir, { recursive: true, force: true });

const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const suite = spawnSync(process.execPath, [playwright, 'test', '--project=conformance', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const suiteExit = suite.status ?? 1;

if (!fs.existsSync(resultsDir)) {
  // The suite stopped before any test ran (a configuration error is printed above).
  process.exit(suiteExit === 0 ? 1 : suiteExit);
}

if (isShardRun()) {
  console.log(`Shard results: ${resultsDir} (merge them with npm run merge-shards)`);
  process.exit(suiteExit);
}

try {
  const report = generateAllureReport({ root, resultsDir, reportDir, historyFile });
  console.log(`Allure report: ${report}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(suiteExit === 0 ? 1 : suiteExit);
}

const gate = runQualityGate({ root, resultsDir });
console.log(gate.passed ? 'Allure quality gate: passed' : `Allure quality gate: failed\n${gate.output}`);
process.exit(suiteExit === 0 && !gate.passed ? 1 : suiteExit);

function isShardRun(): boolean {
  try {
    return reportMode() === 'shard';
  } catch (error) {
    // The suite has already printed the same configuration error and exited 2.
    if (error instanceof ConfigError) return false;
    throw error;
  }
}
