import type { ClauseId } from '../contract/clauses';

/** One way a response breaks a clause, with the evidence a reader needs to act on it. */
export interface Violation {
  clause: ClauseId;
  /** Fixed title of the kind of violation, the same for every occurrence. */
  title: string;
  /** JSON pointer into the body, when the violation concerns one value. */
  pointer?: string;
  /** Schema keyword that failed, for schema violations. */
  keyword?: string;
  /** The telling parameter, such as the missing or extra property name or the allowed values. */
  detail?: string;
  expected?: string;
  received?: string;
  /** The offending value, when there is one. */
  value?: unknown;
  /** Id of the drift-ledger entry behind the violation, when it is a known disagreement of the API page. */
  drift?: string;
}

/** Renders a violation as labelled lines, the format of matcher output and attachments. */
export function formatViolation(violation: Violation): string {
  const lines = [`[${violation.clause}] ${violation.title}`];
  if (violation.pointer !== undefined) lines.push(`  at:       ${violation.pointer || '(body root)'}`);
  if (violation.keyword) lines.push(`  keyword:  ${violation.keyword}`);
  if (violation.detail) lines.push(`  detail:   ${violation.detail}`);
  if (violation.expected) lines.push(`  expected: ${violation.expected}`);
  if (violation.received) lines.push(`  received: ${violation.received}`);
  if (violation.value !== undefined) lines.push(`  value:    ${excerptValue(violation.value)}`);
  if (violation.drift) lines.push(`  drift:    ${violation.drift} (contract/drift-ledger.json)`);
  return lines.join('\n');
}

function excerptValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** Renders a violation as one line that starts with its clause id, for summaries and certificates. */
export function summarizeViolation(violation: Violation): string {
  const facts = [
    violation.keyword && `keyword ${violation.keyword}`,
    violation.detail,
    violation.expected && `expected ${violation.expected}`,
    violation.received && `received ${violation.received}`,
    violation.value !== undefined && `value ${excerptValue(violation.value)}`,
  ].filter((fact): fact is string => typeof fact === 'string' && fact.length > 0);
  const where = violation.pointer !== undefined ? ` at ${violation.pointer || '(body root)'}` : '';
  return `[${violation.clause}] ${violation.title}${where}${facts.length > 0 ? `: ${facts.join('; ')}` : ''}`;
}

/** Parses the clause id back out of a line made by summarizeViolation. */
export function clauseOfSummary(line: string): string | undefined {
  return /^\[([A-Z0-9-]+)\] /.exec(line)?.[1];
}
