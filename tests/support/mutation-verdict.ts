/**
 * Judges a suite run against a server with a planted fault. The fault is killed when exactly the
 * clauses it lists fail and the drift it lists is reported. So a fault must be caught by the check
 * that exists for it, and it must not knock out unrelated checks.
 */
import type { Fault } from '../../src/reference-server/faults';
import { type SuiteOutcome, failedClauses } from './suite-outcome';

export type MutationVerdict = 'killed' | 'survived' | 'partly caught' | 'collateral';

export interface MutationResult {
  fault: string;
  area: string;
  expected: string[];
  expectedDrift: string[];
  failed: string[];
  /** Expected clauses that did not fail. */
  missing: string[];
  /** Clauses that failed without being expected. */
  unexpected: string[];
  /** Expected drift that was not reported. */
  driftMissing: string[];
  /** Tests skipped for a reason other than a missing JSON body. */
  unexpectedSkips: string[];
  verdict: MutationVerdict;
}

/** Annotation type under which a mutation test records its result for the score reporter. */
export const MUTATION_RESULT_ANNOTATION = 'mutation-result';

/**
 * The semantic tests skip when the response has no JSON body to judge; that is their design, not a
 * knocked-out check. The reason text is the one tests/conformance/show-share.spec.ts gives.
 */
const NO_JSON_BODY_SKIP = /^No JSON body to judge/;

function driftKey({ drift, pointer }: { drift: string; pointer: string }): string {
  return `[drift ${drift}] ${pointer}:`;
}

export function judgeFault(fault: Fault, outcome: SuiteOutcome): MutationResult {
  const failed = failedClauses(outcome);
  const expected: string[] = [...fault.fails].sort();
  const expectedDrift = (fault.reports ?? []).map(driftKey);
  const reported = outcome.tests.flatMap((test) => test.drift);

  const missing = expected.filter((clause) => !failed.includes(clause));
  const unexpected = failed.filter((clause) => !expected.includes(clause));
  const driftMissing = expectedDrift.filter((key) => !reported.some((line) => line.startsWith(key)));
  const unexpectedSkips = outcome.tests.filter((test) => test.status === 'skipped' && !NO_JSON_BODY_SKIP.test(test.skipReason ?? '')).map((test) => test.title);

  const caughtSomething = missing.length < expected.length || driftMissing.length < expectedDrift.length;
  let verdict: MutationVerdict = 'killed';
  if (!caughtSomething) verdict = 'survived';
  else if (missing.length > 0 || driftMissing.length > 0) verdict = 'partly caught';
  else if (unexpected.length > 0 || unexpectedSkips.length > 0) verdict = 'collateral';

  return { fault: fault.name, area: fault.area, expected, expectedDrift, failed, missing, unexpected, driftMissing, unexpectedSkips, verdict };
}

/** Explains a verdict other than killed in a few lines. */
export function explainResult(result: MutationResult): string {
  const lines = [`fault ${result.fault}: ${result.verdict}`];
  if (result.missing.length) lines.push(`  expected to fail but held: ${result.missing.join(', ')}`);
  if (result.driftMissing.length) lines.push(`  drift not reported: ${result.driftMissing.join(', ')}`);
  if (result.unexpected.length) lines.push(`  failed without being expected: ${result.unexpected.join(', ')}`);
  if (result.unexpectedSkips.length) lines.push(`  skipped for another reason than a missing JSON body: ${result.unexpectedSkips.join('; ')}`);
  return lines.join('\n');
}

function shortClause(id: string): string {
  return id.replace(/^SHOW-/, '');
}

function expectedColumn(result: MutationResult): string {
  const clauses = result.expected.map(shortClause);
  const drift = result.expectedDrift.map((key) => key.replace(/^\[drift ([^\]]+)\] ([^:]+):$/, 'drift $1 at $2'));
  return [...clauses, ...drift].join(', ') || '(nothing)';
}

function observedColumn(result: MutationResult): string {
  const drift = result.expectedDrift.filter((key) => !result.driftMissing.includes(key)).map(() => 'drift reported');
  return [...result.failed.map(shortClause), ...drift].join(', ') || '(nothing failed)';
}

/** Renders the per-fault table and the score line. */
export function formatMutationTable(results: readonly MutationResult[], total: number): string {
  const rows = [...results].sort((a, b) => a.fault.localeCompare(b.fault)).map((result) => [result.fault, result.area, expectedColumn(result), observedColumn(result), result.verdict]);
  const header = ['fault', 'area', 'must fail (SHOW- clauses)', 'failed in the run', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const render = (cells: readonly string[]): string => `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()}`;
  const killed = results.filter((result) => result.verdict === 'killed').length;
  return [render(header), ...rows.map(render), '', `mutation score: killed ${killed} of ${total}`].join('\n');
}
