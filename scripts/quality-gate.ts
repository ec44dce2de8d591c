/**
 * `npm run quality-gate`: checks the Allure results of the last run (VBS_ALLURE_RESULTS_DIR)
 * against the quality gate of allurerc.mjs. Exit code 0 when every rule holds, 1 otherwise.
 */
import path from 'node:path';
import { loadDotenv } from '../src/config/config';
import { outputPaths } from '../src/config/output-paths';
import { runQualityGate } from '../src/report/allure-html';

const root = path.resolve(__dirname, '..');
loadDotenv();
const gate = runQualityGate({ root, resultsDir: outputPaths().allureResults });
console.log(gate.passed ? 'Allure quality gate: passed' : `Allure quality gate: failed\n${gate.output}`);
process.exit(gate.passed ? 0 : 1);
