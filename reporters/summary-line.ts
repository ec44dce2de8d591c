/**
 * Prints the reason of every skipped test, then one closing line, `N passed, N failed, N skipped`,
 * that CI systems and wrappers can parse whatever other reporters run. Counts follow Playwright's
 * outcome: a flaky test and an expected failure (`test.fail`) count as passed.
 */
import type { Reporter, TestCase } from '@playwright/test/reporter';

export default class SummaryLineReporter implements Reporter {
  private readonly tests = new Map<string, TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.set(test.id, test);
  }

  onEnd(): void {
    let passed = 0;
    let failed = 0;
    const skippedLines: string[] = [];
    for (const test of this.tests.values()) {
      const outcome = test.outcome();
      if (outcome === 'skipped') {
        const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
        skippedLines.push(`  skipped: ${test.title}: ${reason}`);
      } else if (outcome === 'unexpected') {
        failed += 1;
      } else {
        passed += 1;
      }
    }
    if (skippedLines.length > 0) console.log(skippedLines.join('\n'));
    console.log(`${passed} passed, ${failed} failed, ${skippedLines.length} skipped`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
