/** One-line violation summaries for certificates, and the causes that group failures in Allure. */
import { test, expect } from '@playwright/test';
import { clauseOfSummary, summarizeViolation, type Violation } from '../../src/checks/violation';
import { violationCause } from '../../src/checks/violation-cause';

test.describe('violation summary', () => {
  test('names clause, pointer and facts', () => {
    const violation: Violation = { clause: 'SHOW-200-SCHEMA', title: 'Body does not match the response schema', pointer: '/shared/backup', keyword: 'required', detail: 'missing property "name"' };

    const line = summarizeViolation(violation);

    expect(line).toBe('[SHOW-200-SCHEMA] Body does not match the response schema at /shared/backup: keyword required; missing property "name"');
    expect(clauseOfSummary(line)).toBe('SHOW-200-SCHEMA');
  });

  test('marks the body root', () => {
    expect(summarizeViolation({ clause: 'SHOW-ERR-BODY', title: 'Error body is not JSON', pointer: '', received: 'an empty body' })).toBe('[SHOW-ERR-BODY] Error body is not JSON at (body root): received an empty body');
  });
});

test.describe('violation cause', () => {
  const cases: { name: string; violation: Violation; cause: string }[] = [
    { name: 'no response', violation: { clause: 'SHOW-200-STATUS', title: 'No response received', received: 'connect ECONNREFUSED' }, cause: 'transport' },
    { name: 'token probe answered 200', violation: { clause: 'SHOW-401-NO-TOKEN', title: 'Unexpected status', expected: '401', received: '200' }, cause: 'auth' },
    { name: 'unknown id answered 200', violation: { clause: 'SHOW-404-UNKNOWN-ID', title: 'Unexpected status', expected: '404', received: '200' }, cause: 'status' },
    { name: 'server error', violation: { clause: 'SHOW-NO-5XX', title: 'Probe caused a server error', received: '500' }, cause: 'status' },
    { name: 'schema mismatch', violation: { clause: 'SHOW-200-SCHEMA', title: 'Body does not match the response schema', pointer: '/shared/id', keyword: 'type' }, cause: 'schema' },
    { name: 'error body style', violation: { clause: 'SHOW-ERR-BODY', title: 'Error body is not JSON of a known error style' }, cause: 'schema' },
  ];

  for (const { name, violation, cause } of cases) {
    test(`classifies ${name}`, () => {
      expect(violationCause(violation)).toBe(cause);
    });
  }
});
