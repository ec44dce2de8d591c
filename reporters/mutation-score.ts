/**
 * Prints the mutation self-test's per-fault table and `mutation score: killed K of N` once every
 * worker has finished. A fault test that ended without a result (it crashed) counts in N but not
 * in K. Prints nothing when no fault test ran.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { MUTATION_RESULT_ANNOTATION, type MutationResult, formatMutationTable } from '../tests/support/mutation-verdict';

export default class MutationScoreReporter implements Reporter {
  private readonly results = new Map<string, MutationResult | undefined>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const fault = test.annotations.find((annotation) => annotation.type === 'fault')?.description;
    if (!fault) return;
    const recorded = result.annotations.find((annotation) => annotation.type === MUTATION_RESULT_ANNOTATION)?.description;
    this.results.set(fault, recorded ? (JSON.parse(recorded) as MutationResult) : undefined);
  }

  onEnd(): void {
    if (this.results.size === 0) return;
    const results = [...this.results.values()].filter((result): result is MutationResult => result !== undefined);
    const crashed = [...this.results.entries()].filter(([, result]) => result === undefined).map(([fault]) => fault);
    console.log('\nMutation self-test: each fault planted in the reference server, the conformance suite run against it');
    console.log(formatMutationTable(results, this.results.size));
    if (crashed.length > 0) console.log(`faults whose run ended without a result: ${crashed.join(', ')}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
