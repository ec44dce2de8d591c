/** Runs the harness as a user would, in a child process, with its own env file and output folders. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../../src/config/output-paths';

export interface HarnessRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  workDir: string;
}

/** Variables of the parent test run that would confuse a nested Playwright run, or leak settings into it. */
const INHERITED_PREFIXES = ['VBS_', 'PW_', 'TEST_', 'PLAYWRIGHT_'];

export function isolatedEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_PREFIXES.some((prefix) => name.startsWith(prefix))));
  return { ...env, FORCE_COLOR: '0', ...extra };
}

/** Test fixture: a fresh work folder for one harness run, removed when the test ends. */
export async function workDirFixture({}: object, use: (dir: string) => Promise<void>): Promise<void> {
  const dir = makeWorkDir();
  await use(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}

export function makeWorkDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vbs-conformance-'));
}

/** Name of the env file runHarness writes into the work folder: the run's input, not its output. */
export const ENV_FILE_NAME = 'target.env';

export function writeEnvFile(workDir: string, settings: Record<string, string>): string {
  const file = path.join(workDir, ENV_FILE_NAME);
  fs.writeFileSync(file, Object.entries(settings).map(([name, value]) => `${name}=${value}`).join('\n') + '\n');
  return file;
}

/** Additions to a harness run: more command-line arguments and environment variables. */
export interface HarnessRunExtras {
  args?: readonly string[];
  env?: Record<string, string>;
}

/**
 * Runs `scripts/conformance.ts` (mode 'conformance') or a bare `playwright test --project=conformance`
 * (mode 'suite'), with output kept under workDir and the extras added. Resolves when the child exits or
 * the time limit kills it (exit code null).
 */
export function runHarness(mode: 'conformance' | 'suite', workDir: string, settings: Record<string, string>, timeoutMs = 120_000, extras: HarnessRunExtras = {}): Promise<HarnessRun> {
  const envFile = writeEnvFile(workDir, settings);
  const env = isolatedEnv({ VBS_ENV_FILE: envFile, ...outputSettings(workDir), ...extras.env });
  const outputArg = `--output=${path.join(workDir, 'test-results')}`;
  const extraArgs = extras.args ?? [];
  const args =
    mode === 'conformance'
      ? ['--import', 'tsx', path.join(REPOSITORY_ROOT, 'scripts', 'conformance.ts'), outputArg, ...extraArgs]
      : [path.join(REPOSITORY_ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--project=conformance', outputArg, ...extraArgs];
  return runNode(args, env, workDir, timeoutMs);
}

/** Output folders of a run kept under workDir, so parallel runs never share or clobber a report. */
export function outputSettings(workDir: string): Record<string, string> {
  return {
    VBS_ALLURE_RESULTS_DIR: path.join(workDir, 'allure-results'),
    VBS_ALLURE_REPORT_DIR: path.join(workDir, 'allure-report'),
    VBS_ALLURE_HISTORY_FILE: path.join(workDir, 'allure-history', 'history.jsonl'),
    VBS_CERTIFICATION_DIR: path.join(workDir, 'conformance-report'),
    VBS_JUNIT_FILE: path.join(workDir, 'junit.xml'),
    VBS_BLOB_REPORT_DIR: path.join(workDir, 'blob-report'),
  };
}

/** Runs a Node.js script of the harness, such as `scripts/merge-shards.ts`, with tsx and the given environment. */
export function runScript(script: string, scriptArgs: readonly string[], env: NodeJS.ProcessEnv, workDir: string, timeoutMs = 120_000): Promise<HarnessRun> {
  return runNode(['--import', 'tsx', path.join(REPOSITORY_ROOT, 'scripts', script), ...scriptArgs], env, workDir, timeoutMs);
}

function runNode(args: readonly string[], env: NodeJS.ProcessEnv, workDir: string, timeoutMs: number): Promise<HarnessRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: REPOSITORY_ROOT, env, timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr, workDir }));
  });
}
