/**
 * The cause of a violation, as the Allure categories group failures: the status code, the
 * credentials, the transport, or the body (schema, media type and the body's meaning).
 */
import type { ClauseId } from '../contract/clauses';
import type { Violation } from './violation';

export const VIOLATION_CAUSES = ['schema', 'status', 'auth', 'transport'] as const;
export type ViolationCause = (typeof VIOLATION_CAUSES)[number];

/** Label name under which each test carries the causes of its violations, and `drift` for drift. */
export const CAUSE_LABEL = 'cause';
export const DRIFT_LABEL = 'drift';

const AUTH_CLAUSES: ReadonlySet<ClauseId> = new Set(['SHOW-401-NO-TOKEN', 'SHOW-401-BAD-TOKEN', 'SHOW-403-OTHER-PROJECT']);
const STATUS_TITLES = new Set(['Unexpected status', 'Unexpected status for an existing share', 'Probe caused a server error']);

export function violationCause(violation: Violation): ViolationCause {
  if (violation.title === 'No response received') return 'transport';
  if (AUTH_CLAUSES.has(violation.clause)) return 'auth';
  if (STATUS_TITLES.has(violation.title)) return 'status';
  return 'schema';
}
