/**
 * The conformance matcher: passes when a probe produced no violations, and otherwise prints the
 * evidence a reader needs without rerunning: the exchange, each violation and a body excerpt.
 */
import { expect as baseExpect } from '@playwright/test';
import { type Violation, formatViolation } from '../../src/checks/violation';
import { type Exchange, describeExchange } from '../../src/http/exchange';

export interface Verdict {
  exchange: Exchange;
  violations: readonly Violation[];
}

const BODY_EXCERPT_CHARS = 1000;

/** Renders the failure text; exported so tests can pin its wording. */
export function formatVerdict(verdict: Verdict): string {
  const { exchange, violations } = verdict;
  const count = violations.length;
  const lines = [`Expected no contract violations, found ${count}:`, `  ${describeExchange(exchange)}`, ''];
  for (const violation of violations) lines.push(formatViolation(violation), '');

  const text = exchange.response?.bodyText;
  if (text !== undefined) {
    const shown = text.length > BODY_EXCERPT_CHARS ? `${text.slice(0, BODY_EXCERPT_CHARS)}...` : text;
    const size = exchange.response?.bodyBytes ?? text.length;
    lines.push(`Body (${size} bytes${text.length > BODY_EXCERPT_CHARS ? `, first ${BODY_EXCERPT_CHARS} characters` : ''}):`, shown || '(empty)');
  }
  return lines.join('\n');
}

export const expect = baseExpect.extend({
  toConform(verdict: Verdict) {
    const pass = verdict.violations.length === 0;
    const message = pass
      ? () => `Expected violations, found none:\n  ${describeExchange(verdict.exchange)}`
      : () => formatVerdict(verdict);
    return { pass, message, name: 'toConform', expected: 0, actual: verdict.violations.length };
  },
});
