/**
 * The clause catalogue: every property the harness certifies, with a stable id that test titles,
 * violations, reports and history use. Renaming a test never changes its clause id.
 */
export type Severity = 'blocker' | 'critical' | 'normal' | 'minor' | 'trivial';

export interface Clause {
  id: string;
  /** Behaviour that must hold, as a sentence fragment used in test titles. */
  title: string;
  severity: Severity;
  /** Allure feature: the area of the contract. */
  feature: string;
  /** Section of the API page that states the rule. */
  docSection: 'URI' | 'Response' | 'Status Codes';
}

const clauses = {
  'SHOW-200-STATUS': { title: 'existing share returns 200', severity: 'blocker', feature: 'Status codes', docSection: 'Status Codes' },
  'SHOW-200-CONTENT-TYPE': { title: 'response is declared as JSON', severity: 'critical', feature: 'Response body', docSection: 'Response' },
  'SHOW-200-SCHEMA': { title: 'body matches the response schema of the profile', severity: 'critical', feature: 'Response body', docSection: 'Response' },
  'SHOW-200-ID-MATCH': { title: 'shared.id equals the requested share id', severity: 'critical', feature: 'Response semantics', docSection: 'URI' },
  'SHOW-200-BACKUP-ID': { title: 'shared.backup_id equals shared.backup.id', severity: 'normal', feature: 'Response semantics', docSection: 'Response' },
  'SHOW-200-PROJECT-PARTY': { title: 'path project is the from or to project of the share', severity: 'critical', feature: 'Response semantics', docSection: 'URI' },
  'SHOW-200-TIMESTAMPS': { title: 'timestamps parse and created_at is not after updated_at', severity: 'normal', feature: 'Response semantics', docSection: 'Response' },
  'SHOW-200-TIMESTAMP-ZONE': { title: 'timestamps follow the time-zone policy', severity: 'normal', feature: 'Response semantics', docSection: 'Response' },
  'SHOW-200-BACKUP-STATUS': { title: 'backup.status is a known backup status', severity: 'normal', feature: 'Response semantics', docSection: 'Response' },
  'SHOW-200-COUNTERS': { title: 'size and object_count are non-negative integers', severity: 'normal', feature: 'Response semantics', docSection: 'Response' },
  'SHOW-200-UNDOCUMENTED': { title: 'properties outside the response table follow the undocumented-properties policy', severity: 'minor', feature: 'Response body', docSection: 'Response' },
  'SHOW-404-UNKNOWN-ID': { title: 'unknown well-formed share id returns 404', severity: 'critical', feature: 'Status codes', docSection: 'Status Codes' },
  'SHOW-4XX-MALFORMED-ID': { title: 'malformed share id returns 400 or 404', severity: 'normal', feature: 'Path parameters', docSection: 'URI' },
  'SHOW-401-NO-TOKEN': { title: 'request without a token returns 401', severity: 'blocker', feature: 'Authentication', docSection: 'Status Codes' },
  'SHOW-401-BAD-TOKEN': { title: 'request with an invalid token returns 401', severity: 'blocker', feature: 'Authentication', docSection: 'Status Codes' },
  'SHOW-403-OTHER-PROJECT': { title: "another project's share returns 403 or 404", severity: 'blocker', feature: 'Authorization', docSection: 'Status Codes' },
  'SHOW-405-METHOD': { title: 'unsupported method returns 405', severity: 'normal', feature: 'Methods', docSection: 'Status Codes' },
  'SHOW-ERR-BODY': { title: 'error response carries a JSON error body of a known style', severity: 'normal', feature: 'Error bodies', docSection: 'Status Codes' },
  'SHOW-NO-5XX': { title: 'no probe causes a 5xx', severity: 'critical', feature: 'Status codes', docSection: 'Status Codes' },
} as const satisfies Record<string, Omit<Clause, 'id'>>;

export type ClauseId = keyof typeof clauses;

export const CLAUSES: Readonly<Record<ClauseId, Clause>> = Object.fromEntries(
  Object.entries(clauses).map(([id, clause]) => [id, { id, ...clause }]),
) as Record<ClauseId, Clause>;

export function isClauseId(value: string): value is ClauseId {
  return Object.hasOwn(CLAUSES, value);
}

/** Builds a test title: the clause id first, so reports and history can key on it. */
export function clauseTitle(id: ClauseId, detail?: string): string {
  const base = `${id} ${CLAUSES[id].title}`;
  return detail ? `${base} (${detail})` : base;
}
