/**
 * The single-file Allure report as a reader sees it. Two consecutive conformance runs share one
 * history file, so the second report must show a trend; Debian's chromium then opens that report
 * from file:// and must render the suites and the environment without any request leaving file://.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { CHROMIUM_PATH } from '../../src/report/browser';
import { statusDynamicsPoints } from '../support/allure-report-data';
import { type HarnessRun, makeWorkDir, runHarness } from '../support/harness-run';

interface ConsecutiveRuns {
  runs: HarnessRun[];
  reportFile: string;
  historyFile: string;
}

const test = base.extend<{}, { consecutiveRuns: ConsecutiveRuns }>({
  consecutiveRuns: [
    async ({}, use) => {
      const workDir = makeWorkDir();
      const runs: HarnessRun[] = [];
      // One after the other: the second run must read the history the first one wrote.
      for (let index = 0; index < 2; index += 1) runs.push(await runHarness('conformance', workDir, {}));
      await use({
        runs,
        reportFile: path.join(workDir, 'allure-report', 'index.html'),
        historyFile: path.join(workDir, 'allure-history', 'history.jsonl'),
      });
      fs.rmSync(workDir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 240_000 },
  ],
});

// Both tests share the two runs, so they stay in one worker, in order.
test.describe.configure({ mode: 'default' });

test('two runs show a trend', async ({ consecutiveRuns }) => {
  const { runs, reportFile, historyFile } = consecutiveRuns;

  for (const run of runs) expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(fs.readFileSync(historyFile, 'utf8').trim().split('\n')).toHaveLength(2);
  // The chart contains the first run from the history plus the current one.
  expect(statusDynamicsPoints(fs.readFileSync(reportFile, 'utf8'))).toHaveLength(2);
});

test.describe('in chromium', () => {
  test.skip(!fs.existsSync(CHROMIUM_PATH), `${CHROMIUM_PATH} is missing; install Debian's chromium package (apt-get install chromium).`);

  test('report renders offline', async ({ consecutiveRuns, page }, testInfo) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => requests.push(socket.url()));
    await page.setViewportSize({ width: 1280, height: 1400 });

    await page.goto(pathToFileURL(consecutiveRuns.reportFile).href);

    await expect(page.getByText('VBS show backup share conformance').first()).toBeVisible();
    // The tree opens collapsed when every test passed: the epic is shown, its features after a click.
    await page.getByText('Show backup share', { exact: true }).first().click();
    for (const suite of ['Status codes', 'Authentication', 'Authorization', 'Response body', 'Response semantics']) {
      await expect(page.getByText(suite, { exact: true }).first(), `suite ${suite}`).toBeVisible();
    }
    for (const text of ['target', 'embedded reference server (127.0.0.1)', 'profile', 'compatible', 'harness_version', 'contract_version']) {
      await expect(page.getByText(text, { exact: true }).first(), `environment entry ${text}`).toBeVisible();
    }
    const screenshot = testInfo.outputPath('allure-report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    await testInfo.attach('allure report in chromium', { path: screenshot, contentType: 'image/png' });

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  });
});
