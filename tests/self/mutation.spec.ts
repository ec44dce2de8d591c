/**
 * Mutation self-test: every fault of the catalogue is planted in a reference server of its own and
 * the real conformance suite runs against it in a child process. A fault is killed when exactly the
 * clauses it lists fail (and the drift it lists is reported); the score reporter prints the table.
 */
import { DEFAULT_TIMEOUT_MS } from '../../src/config/config';
import { FAULTS, type Fault, faultTransform } from '../../src/reference-server/faults';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, OTHER_PAIR_SHARE_ID } from '../../src/reference-server/seed';
import { MUTATION_RESULT_ANNOTATION, explainResult, judgeFault } from '../support/mutation-verdict';
import { expect, test } from '../support/reference-servers';
import { runSuite } from '../support/suite-outcome';

test.describe.configure({ mode: 'parallel' });

/** Settings of every run: the doc example share, seen by its sharing project, with every probe sent. */
function settingsFor(fault: Fault, baseUrl: string): Record<string, string> {
  return {
    VBS_BASE_URL: baseUrl,
    VBS_PROJECT_ID: DOC_EXAMPLE_FROM.id,
    VBS_SHARE_ID: fault.needs?.shareId ?? DOC_EXAMPLE_SHARE_ID,
    VBS_AUTH_TOKEN: DOC_EXAMPLE_FROM.token,
    VBS_OTHER_PROJECT_SHARE_ID: OTHER_PAIR_SHARE_ID,
    // The target is a local server the test owns, so the 405 probes may send PUT, PATCH and POST.
    VBS_ALLOW_UNSAFE_METHODS: 'true',
    VBS_PROFILE: fault.needs?.profile ?? 'compatible',
    VBS_UNDOCUMENTED_PROPERTIES: fault.needs?.undocumentedProperties ?? 'warn',
    VBS_TIMEOUT_MS: String(fault.needs?.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  };
}

test('catalogue has at least 30 faults', () => {
  expect(FAULTS.length).toBeGreaterThanOrEqual(30);
});

for (const fault of FAULTS) {
  test(`fault ${fault.name} is caught`, { annotation: { type: 'fault', description: fault.name }, tag: '@mutation' }, async ({ startServer, workDir }, testInfo) => {
    test.setTimeout(120_000);
    const budgetMs = fault.needs?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const baseUrl = await startServer({ transform: faultTransform(fault, budgetMs) });

    const outcome = await runSuite(workDir, settingsFor(fault, baseUrl));
    const result = judgeFault(fault, outcome);
    testInfo.annotations.push({ type: MUTATION_RESULT_ANNOTATION, description: JSON.stringify(result) });

    expect(outcome.tests.length, 'the suite ran no test').toBeGreaterThan(0);
    expect(result.verdict, explainResult(result)).toBe('killed');
  });
}
