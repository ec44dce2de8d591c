/**
 * The certification model: turns the probes of one run (or of merged shards) into a verdict per
 * clause and per run, with the evidence a vendor hands over. Playwright-free, so tests build it
 * from plain records; reporters/certification.ts feeds it and writes the files.
 */
import { CLAUSES, type ClauseId, type Severity } from '../contract/clauses';
import { coverageMap } from '../contract/coverage';
import { docSectionUrl } from '../contract/doc-sections';
import { clauseOfSummary } from '../checks/violation';
import type { Profile, TimestampZonePolicy } from '../config/values';

/** Facts about a run that the Playwright config records in its metadata, so merged shards keep them. */
export interface RunFacts {
  target: string;
  profile: Profile;
  timestampZonePolicy: TimestampZonePolicy;
  harnessVersion: string;
  contractVersion: string;
  apiDocUrl?: string;
}

/** One conformance test as it ended. */
export interface ProbeRecord {
  /** Test title, which starts with the clause id. */
  title: string;
  clause: ClauseId;
  tags: readonly string[];
  outcome: 'passed' | 'failed' | 'skipped';
  /** One line per violation, each starting with `[CLAUSE-ID]`. */
  violations: readonly string[];
  drift: readonly string[];
  skipReason?: string;
  /** First line of the error when the test failed for a reason other than a violation. */
  error?: string;
}

export type Verdict = 'pass' | 'fail' | 'pass with drift';
export type ClauseStatus = 'passed' | 'failed' | 'skipped' | 'not run';
export type CoverageStatus = 'checked' | 'failed' | 'not checked' | 'no clause';

export interface ClauseResult {
  id: ClauseId;
  title: string;
  severity: Severity;
  docSection: string;
  docUrl?: string;
  status: ClauseStatus;
  /** Tests whose result decided the status. */
  tests: number;
  /** Violations that name this clause, across all tests. */
  violations: number;
  firstViolation?: string;
}

export interface CertificationReport {
  reportVersion: 1;
  operation: string;
  verdict: Verdict;
  profile: Profile;
  timestampZonePolicy: TimestampZonePolicy;
  harness: { name: string; version: string };
  contractVersion: string;
  target: string;
  startedAt: string;
  finishedAt: string;
  summary: Record<ClauseStatus, number> & { tests: number };
  clauses: ClauseResult[];
  drift: { clause: ClauseId; test: string; observation: string }[];
  coverage: {
    rows: number;
    checked: number;
    failed: number;
    entries: { section: string; row: string; clauses: ClauseId[]; status: CoverageStatus }[];
  };
  skipped: { clause: ClauseId; test: string; reason: string }[];
}

export const OPERATION = 'GET /v2/{project_id}/os-vendor-backup-sharing/{id}';
export const HARNESS_NAME = 'vbs-conformance';

/**
 * Clauses that have no test of their own: runErrorChecks (src/checks/error-response.ts) evaluates
 * them inside every negative probe, so those probes decide whether they were evaluated.
 */
const EVALUATED_BY_NEGATIVE_PROBES: ReadonlySet<ClauseId> = new Set(['SHOW-ERR-BODY', 'SHOW-NO-5XX']);
const NEGATIVE_TAG = '@negative';

export interface CertificationInput {
  facts: RunFacts;
  probes: readonly ProbeRecord[];
  startedAt: Date;
  finishedAt: Date;
}

export function buildCertification({ facts, probes, startedAt, finishedAt }: CertificationInput): CertificationReport {
  const clauses = (Object.keys(CLAUSES) as ClauseId[]).map((id) => judgeClause(id, probes, facts.apiDocUrl));
  const statusOf = new Map(clauses.map((clause) => [clause.id, clause.status]));

  const drift = uniqueDrift(probes);
  const violationLines = probes.flatMap((probe) => probe.violations);
  const entries = coverageMap().map(({ section, row, clauses: rowClauses }) => ({
    section,
    row,
    clauses: [...rowClauses],
    status: coverageStatus(
      rowClauses.map((id) => statusOf.get(id) ?? 'not run'),
      rowClauses.some((id) => statusOf.get(id) === 'failed' && failsRow(id, rowPointer(section, row), violationLines)),
    ),
  }));
  const summary = { passed: 0, failed: 0, skipped: 0, 'not run': 0, tests: probes.length };
  for (const clause of clauses) summary[clause.status] += 1;

  return {
    reportVersion: 1,
    operation: OPERATION,
    verdict: decideVerdict(summary, drift.length),
    profile: facts.profile,
    timestampZonePolicy: facts.timestampZonePolicy,
    harness: { name: HARNESS_NAME, version: facts.harnessVersion },
    contractVersion: facts.contractVersion,
    target: facts.target,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    summary,
    clauses,
    drift,
    coverage: {
      rows: entries.length,
      checked: entries.filter((entry) => entry.status === 'checked').length,
      failed: entries.filter((entry) => entry.status === 'failed').length,
      entries,
    },
    skipped: probes
      .filter((probe) => probe.outcome === 'skipped')
      .map((probe) => ({ clause: probe.clause, test: probe.title, reason: probe.skipReason ?? 'no reason given' })),
  };
}

function judgeClause(id: ClauseId, probes: readonly ProbeRecord[], apiDocUrl: string | undefined): ClauseResult {
  const clause = CLAUSES[id];
  const evaluators = probes.filter((probe) => probe.clause === id || (EVALUATED_BY_NEGATIVE_PROBES.has(id) && probe.tags.includes(NEGATIVE_TAG)));
  const violations = probes.flatMap((probe) => probe.violations.filter((line) => clauseOfSummary(line) === id));
  const errors = probes.filter((probe) => probe.clause === id && probe.outcome === 'failed' && probe.violations.length === 0);
  // A probe that failed on another clause's violation still evaluated this one.
  const evaluated = evaluators.filter((probe) => probe.outcome === 'passed' || (probe.outcome === 'failed' && probe.violations.length > 0));

  let status: ClauseStatus;
  let firstViolation: string | undefined;
  if (violations.length > 0) {
    status = 'failed';
    firstViolation = violations[0];
  } else if (errors.length > 0) {
    status = 'failed';
    firstViolation = `[${id}] test error: ${errors[0]?.error ?? 'unknown error'}`;
  } else if (evaluated.length > 0) {
    status = 'passed';
  } else if (evaluators.length > 0) {
    status = 'skipped';
  } else {
    status = 'not run';
  }

  const docUrl = docSectionUrl(apiDocUrl, clause.docSection);
  return {
    id,
    title: clause.title,
    severity: clause.severity,
    docSection: clause.docSection,
    ...(docUrl ? { docUrl } : {}),
    status,
    tests: evaluators.length,
    violations: violations.length,
    ...(firstViolation ? { firstViolation } : {}),
  };
}

/**
 * Decides a row's status. A row fails when a failed clause has a violation at the row's JSON
 * pointer, names the row as a missing or extra property of its parent, or has a violation with no
 * pointer at all (such as a status). When all violations point elsewhere, the row was checked and held.
 */
function coverageStatus(statuses: readonly ClauseStatus[], rowFailed: boolean): CoverageStatus {
  if (statuses.length === 0) return 'no clause';
  if (rowFailed) return 'failed';
  if (statuses.some((status) => status === 'passed' || status === 'failed')) return 'checked';
  return 'not checked';
}

/** JSON pointer of a response-table row; URI rows have none. */
function rowPointer(section: string, row: string): string | undefined {
  if (section === 'uri') return undefined;
  if (section === 'shared' && row === 'shared') return '/shared';
  return `/${section.split('.').join('/')}/${row}`;
}

function failsRow(clause: ClauseId, pointer: string | undefined, lines: readonly string[]): boolean {
  for (const line of lines) {
    if (clauseOfSummary(line) !== clause) continue;
    const at = / at (\S+?)(?::|$)/.exec(line)?.[1];
    if (at === undefined || pointer === undefined) return true;
    if (at === pointer) return true;
    const property = /property "([^"]+)"/.exec(line)?.[1];
    if (property !== undefined && `${at}/${property}` === pointer) return true;
  }
  return false;
}

function uniqueDrift(probes: readonly ProbeRecord[]): CertificationReport['drift'] {
  const seen = new Set<string>();
  const drift: CertificationReport['drift'] = [];
  for (const probe of probes) {
    for (const observation of probe.drift) {
      if (seen.has(observation)) continue;
      seen.add(observation);
      drift.push({ clause: probe.clause, test: probe.title, observation });
    }
  }
  return drift;
}

/** Fails when a clause failed, or when nothing was evaluated, because an empty run certifies nothing. */
function decideVerdict(summary: Record<ClauseStatus, number>, driftCount: number): Verdict {
  if (summary.failed > 0 || summary.passed === 0) return 'fail';
  return driftCount > 0 ? 'pass with drift' : 'pass';
}
