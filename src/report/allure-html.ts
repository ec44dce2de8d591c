/**
 * Generation of the single-file Allure report, made safe to open offline: Allure 3.18 embeds a
 * Google Tag Manager script in every template with no option to turn it off, so it is removed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { NO_HISTORY } from '../config/output-paths';

const ANALYTICS_BLOCK = /<script async src="https:\/\/www\.googletagmanager\.com\/[^"]*"><\/script>\s*<script>\s*window\.dataLayer[\s\S]*?<\/script>/;
const REMOTE_SCRIPT = /<script[^>]*\ssrc="(?:https?:)?\/\/[^"]*"/i;

/** Removes the analytics block; throws when a remote script remains, so no report phones home. */
export function stripRemoteScripts(html: string): string {
  const stripped = html.replace(ANALYTICS_BLOCK, '');
  const remaining = REMOTE_SCRIPT.exec(stripped);
  if (remaining) throw new Error(`The Allure report still loads a remote script (${remaining[0]}); the report template changed, so update ANALYTICS_BLOCK.`);
  return stripped;
}

export interface AllureReportOptions {
  root: string;
  resultsDir: string;
  reportDir: string;
  /** History file that allurerc.mjs reads for trends and that this run appends to; undefined keeps none. */
  historyFile: string | undefined;
}

/** Runs `allure generate` and returns the path of the cleaned single HTML file. */
export function generateAllureReport({ root, resultsDir, reportDir, historyFile }: AllureReportOptions): string {
  fs.rmSync(reportDir, { recursive: true, force: true });
  const cli = path.join(root, 'node_modules', 'allure', 'cli.js');
  const env = { ...process.env, VBS_ALLURE_HISTORY_FILE: historyFile ?? NO_HISTORY };
  const run = spawnSync(process.execPath, [cli, 'generate', resultsDir, '--output', reportDir], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) {
    const reason = run.error ? run.error.message : (run.stderr || run.stdout).trim().split('\n').slice(-5).join('\n');
    throw new Error(`allure generate failed (exit ${run.status ?? 'none'}): ${reason}`);
  }
  const file = path.join(reportDir, 'index.html');
  fs.writeFileSync(file, stripRemoteScripts(fs.readFileSync(file, 'utf8')));
  return file;
}

export interface QualityGateResult {
  passed: boolean;
  /** Output of the gate: each broken rule, or the reason it could not run. */
  output: string;
}

/**
 * Runs the quality gate of allurerc.mjs over the results. The polyfill is preloaded because
 * Allure 3.15 to 3.18 crash on Node 20 without Iterator.prototype.toArray.
 */
export function runQualityGate({ root, resultsDir }: Pick<AllureReportOptions, 'root' | 'resultsDir'>): QualityGateResult {
  const cli = path.join(root, 'node_modules', 'allure', 'cli.js');
  const polyfill = path.join(root, 'scripts', 'iterator-to-array.cjs');
  const run = spawnSync(process.execPath, ['-r', polyfill, cli, 'quality-gate', resultsDir], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, FORCE_COLOR: '0', VBS_ALLURE_HISTORY_FILE: NO_HISTORY } });
  const output = run.error ? run.error.message : `${run.stdout}${run.stderr}`.trim();
  return { passed: run.status === 0, output };
}
