/**
 * `npm test`: type-checks the project, then runs its own tests and the conformance suite against
 * the embedded reference server. VBS_* variables and the .env file are ignored, so a developer's
 * target settings cannot change the outcome. Ends with Playwright's exit code.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

const typecheck = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root], { cwd: root, stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.error('Type check failed; fix the errors above before the tests run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VBS_')));
env.VBS_ENV_FILE = 'none';
// The importer test reads the vendor's API page from this path when the run has a copy of it.
if (process.env.VBS_API_PAGE) env.VBS_API_PAGE = process.env.VBS_API_PAGE;
// The reports of this run go to their own folder, so they never replace those of `npm run conformance`.
const output = path.join(root, 'self-test-output');
env.VBS_ALLURE_RESULTS_DIR = path.join(output, 'allure-results');
env.VBS_ALLURE_REPORT_DIR = path.join(output, 'allure-report');
env.VBS_CERTIFICATION_DIR = path.join(output, 'conformance-report');
env.VBS_JUNIT_FILE = path.join(output, 'junit.xml');
env.VBS_ALLURE_HISTORY_FILE = 'none';

const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const run = spawnSync(process.execPath, [playwright, 'test', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
process.exit(run.status ?? 1);
