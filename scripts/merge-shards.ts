/**
 * `npm run merge-shards -- <shard folder> [<shard folder> ...]`: merges the output of shard runs
 * into one Allure report and one certification report. Each shard folder contains the
 * `allure-results/` and `blob-report/` folders of one `--shard=i/n` run with VBS_REPORT_MODE=shard.
 *
 * Allure result files have UUID names, so the shards' results are copied into one folder and
 * generated once. The blob reports are replayed by `playwright merge-reports` into the JUnit and
 * certification reporters, which take the run's facts from the blobs' metadata.
 * Exit code: 0 when the merged run passes, 1 when a clause failed, the quality gate failed, or a
 * shard folder is missing or incomplete.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDotenv } from '../src/config/config';
import { outputPaths } from '../src/config/output-paths';
import { generateAllureReport, runQualityGate } from '../src/report/allure-html';
import { REPORT_JSON } from '../reporters/certification';

const root = path.resolve(__dirname, '..');
loadDotenv();
const output = outputPaths();
const shardDirs = process.argv.slice(2).map((dir) => path.resolve(dir));

if (shardDirs.length === 0) fail('Name at least one shard folder, for example: npm run merge-shards -- shards/1 shards/2');

// Shard folders are checked before anything is deleted, so a typo leaves the last reports alone.
for (const dir of shardDirs) {
  for (const part of ['allure-results', 'blob-report']) {
    if (!fs.existsSync(path.join(dir, part))) fail(`Shard folder ${dir} has no ${part}/; run the shard with VBS_REPORT_MODE=shard and its output folders inside it.`);
  }
}

fs.rmSync(output.allureResults, { recursive: true, force: true });
fs.mkdirSync(output.allureResults, { recursive: true });
const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vbs-blobs-'));

for (const [index, dir] of shardDirs.entries()) {
  fs.cpSync(path.join(dir, 'allure-results'), output.allureResults, { recursive: true });
  // Blob files of separate machines may share a name, so each gets its shard's position as a prefix.
  for (const name of fs.readdirSync(path.join(dir, 'blob-report')).filter((file) => file.endsWith('.zip'))) {
    fs.copyFileSync(path.join(dir, 'blob-report', name), path.join(blobDir, `shard-${index + 1}-${name}`));
  }
}

const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const merge = spawnSync(process.execPath, [playwright, 'merge-reports', '--config', path.join(root, 'playwright.config.ts'), blobDir], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VBS_REPORT_MODE: 'merge' },
});
fs.rmSync(blobDir, { recursive: true, force: true });
if (merge.status !== 0) fail(`playwright merge-reports failed (exit ${merge.status ?? 'none'}); see its output above.`);

let exitCode = 0;
try {
  const report = generateAllureReport({ root, resultsDir: output.allureResults, reportDir: output.allureReport, historyFile: output.allureHistory });
  console.log(`Allure report: ${report}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
}

const gate = runQualityGate({ root, resultsDir: output.allureResults });
console.log(gate.passed ? 'Allure quality gate: passed' : `Allure quality gate: failed\n${gate.output}`);
if (!gate.passed) exitCode = 1;

const verdict = readVerdict(path.join(output.certificationReport, REPORT_JSON));
if (verdict === undefined || verdict === 'fail') exitCode = 1;
process.exit(exitCode);

function readVerdict(file: string): string | undefined {
  if (!fs.existsSync(file)) {
    console.error(`No certification report at ${file}: the blob reports held no conformance test.`);
    return undefined;
  }
  const report: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const verdict = typeof report === 'object' && report !== null ? (report as { verdict?: unknown }).verdict : undefined;
  return typeof verdict === 'string' ? verdict : undefined;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
