/** Renders a certification report as a Markdown certificate that a vendor can hand over as it is. */
import type { CertificationReport, ClauseResult } from './certification';

const VERDICT_WORDS: Record<CertificationReport['verdict'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  'pass with drift': 'PASS WITH DRIFT',
};

const VERDICT_MEANING: Record<CertificationReport['verdict'], string> = {
  pass: 'Every clause evaluated in this run held, and the responses took no side in a known disagreement of the API page.',
  fail: 'At least one clause did not hold (or no clause was evaluated). The first violation of each failed clause is listed below.',
  'pass with drift':
    'Every clause evaluated in this run held. The responses take one side where the API page contradicts itself; these drift observations are listed below and do not fail the profile.',
};

const STATUS_WORDS: Record<ClauseResult['status'], string> = {
  passed: 'passed',
  failed: '**FAILED**',
  skipped: 'skipped',
  'not run': 'not run',
};

export function renderCertificate(report: CertificationReport): string {
  const { summary } = report;
  const lines: string[] = [
    '# Conformance certificate: show backup share',
    '',
    `**Verdict: ${VERDICT_WORDS[report.verdict]}** under the \`${report.profile}\` profile.`,
    '',
    VERDICT_MEANING[report.verdict],
    '',
    '| | |',
    '|---|---|',
    `| Operation | \`${report.operation}\` |`,
    `| Target | ${cell(report.target)} |`,
    `| Profile | \`${report.profile}\`, time-zone policy \`${report.timestampZonePolicy}\` |`,
    `| Harness | ${report.harness.name} ${report.harness.version} |`,
    `| Contract version | \`${report.contractVersion}\` (hash of the JSON Schemas checked against) |`,
    `| Run | ${report.startedAt} to ${report.finishedAt} (${durationText(report.startedAt, report.finishedAt)}) |`,
    `| Clauses | ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped, ${summary['not run']} not run (${summary.tests} tests) |`,
    '',
    '## Clauses',
    '',
    '| Clause | Property | Severity | Status | First violation |',
    '|---|---|---|---|---|',
    ...report.clauses.map(
      (clause) => `| ${clauseCell(clause)} | ${cell(clause.title)} | ${clause.severity} | ${STATUS_WORDS[clause.status]} | ${firstViolationCell(clause)} |`,
    ),
    '',
    '## Drift observations',
    '',
  ];

  if (report.drift.length === 0) {
    lines.push('None: no response took a side in a known disagreement of the API page.');
  } else {
    lines.push('Where the API page contradicts itself, the target sent the side shown here.', '');
    lines.push(...report.drift.map((entry) => `- ${cell(entry.observation)}`));
  }

  const { coverage } = report;
  lines.push(
    '',
    '## Coverage of the API page',
    '',
    `${coverage.checked} of ${coverage.rows} rows of the URI and response tables were checked and held; ${coverage.failed} ${coverage.failed === 1 ? 'was' : 'were'} checked and failed.`,
    '',
    '| Section | Row | Clauses | Status |',
    '|---|---|---|---|',
    ...coverage.entries.map((entry) => `| ${entry.section} | \`${entry.row}\` | ${entry.clauses.join(', ')} | ${entry.status} |`),
    '',
    '## Skipped probes',
    '',
  );
  if (report.skipped.length === 0) {
    lines.push('None.');
  } else {
    lines.push('| Test | Reason |', '|---|---|', ...report.skipped.map((entry) => `| ${cell(entry.test)} | ${cell(entry.reason)} |`));
  }
  lines.push('');
  return lines.join('\n');
}

function clauseCell(clause: ClauseResult): string {
  return clause.docUrl ? `[\`${clause.id}\`](${clause.docUrl})` : `\`${clause.id}\``;
}

function firstViolationCell(clause: ClauseResult): string {
  if (!clause.firstViolation) return '';
  const others = clause.violations - 1;
  return others > 0 ? `${cell(clause.firstViolation)} (and ${others} more)` : cell(clause.firstViolation);
}

/** Escapes a value for a Markdown table cell: pipes split cells and newlines end rows. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function durationText(start: string, end: string): string {
  const seconds = Math.max(0, (Date.parse(end) - Date.parse(start)) / 1000);
  return `${seconds.toFixed(1)} s`;
}
