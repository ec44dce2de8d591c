/**
 * Generation of the single-file Allure report, made safe to open offline: Allure 3.18 embeds a
 * Google Tag Manager script in every template with no option to turn it off, so it is removed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
}

/** Runs `allure generate` and returns the path of the cleaned single HTML file. */
export function generateAllureReport({ root, resultsDir, reportDir }: AllureReportOptions): string {
  fs.rmSync(reportDir, { recursive: true, force: true });
  const cli = path.join(root, 'node_modules', 'allure', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'generate', resultsDir, '--output', reportDir], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) {
    const reason = run.error ? run.error.message : (run.stderr || run.stdout).trim().split('\n').slice(-5).join('\n');
    throw new Error(`allure generate failed (exit ${run.status ?? 'none'}): ${reason}`);
  }
  const file = path.join(reportDir, 'index.html');
  fs.writeFileSync(file, stripRemoteScripts(fs.readFileSync(file, 'utf8')));
  return file;
}
