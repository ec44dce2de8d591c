/**
 * The certification report: verdicts and clause statuses from hand-made probe records, the
 * Markdown certificate, the contract version, and a real failing run whose JSON report is
 * validated against its own schema.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { CLAUSES } from '../../src/contract/clauses';
import { contractSchemaFiles, contractVersion } from '../../src/contract/contract-version';
import { SCHEMA_IDS, validatorFor } from '../../src/contract/schema-registry';
import { type CertificationReport, type ProbeRecord, type RunFacts, buildCertification } from '../../src/report/certification';
import { renderCertificate } from '../../src/report/certificate-markdown';
import { DOC_EXAMPLE_FROM } from '../../src/reference-server/seed';
import { makeWorkDir, runHarness } from '../support/harness-run';
import { filesContainingSecret } from '../support/secret-scan';


const FACTS: RunFacts = {
  target: 'https://vbs.example.test',
  profile: 'compatible',
  timestampZonePolicy: 'zoneless',
  harnessVersion: '0.1.0',
  contractVersion: 'sha256:0123456789abcdef',
};

function probe(overrides: Partial<ProbeRecord> & Pick<ProbeRecord, 'clause'>): ProbeRecord {
  return { title: `${overrides.clause} probe`, tags: [], outcome: 'passed', violations: [], drift: [], ...overrides };
}

/** Builds one passing probe per clause that has tests of its own, then appends the given records. */
function passingRun(...records: ProbeRecord[]): ProbeRecord[] {
  const own = Object.keys(CLAUSES).filter((id) => id !== 'SHOW-ERR-BODY' && id !== 'SHOW-NO-5XX') as (keyof typeof CLAUSES)[];
  return [...own.map((clause) => probe({ clause, tags: clause.startsWith('SHOW-200') ? [] : ['@negative'] })), ...records];
}

function certify(probes: ProbeRecord[], facts: RunFacts = FACTS): CertificationReport {
  return buildCertification({ facts, probes, startedAt: new Date('2026-01-01T00:00:00Z'), finishedAt: new Date('2026-01-01T00:00:05Z') });
}

function clauseOf(report: CertificationReport, id: string): CertificationReport['clauses'][number] | undefined {
  return report.clauses.find((clause) => clause.id === id);
}

test.describe('certification model', () => {
  test('all clauses held gives pass', () => {
    const report = certify(passingRun());

    expect(report.verdict).toBe('pass');
    expect(report.summary).toMatchObject({ passed: Object.keys(CLAUSES).length, failed: 0, skipped: 0, 'not run': 0 });
    expect(validatorFor(SCHEMA_IDS.conformanceReport)(report)).toBe(true);
  });

  test('drift alone gives pass with drift', () => {
    const drift = '[drift null-updated_at] /shared/updated_at: table says string; response has null';

    const report = certify(passingRun(probe({ clause: 'SHOW-200-SCHEMA', drift: [drift] })));

    expect(report.verdict).toBe('pass with drift');
    expect(report.drift).toEqual([{ clause: 'SHOW-200-SCHEMA', test: 'SHOW-200-SCHEMA probe', observation: drift }]);
  });

  test('violation fails its clause only', () => {
    const line = '[SHOW-ERR-BODY] Error body is not JSON of a known error style at (body root): received an empty body';

    const report = certify(passingRun(probe({ clause: 'SHOW-404-UNKNOWN-ID', tags: ['@negative'], outcome: 'failed', violations: [line] })));

    expect(report.verdict).toBe('fail');
    expect(clauseOf(report, 'SHOW-ERR-BODY')).toMatchObject({ status: 'failed', firstViolation: line, violations: 1 });
    expect(clauseOf(report, 'SHOW-404-UNKNOWN-ID')?.status).toBe('passed');
    expect(clauseOf(report, 'SHOW-NO-5XX')?.status).toBe('passed');
  });

  test('test error fails its clause', () => {
    const report = certify(passingRun(probe({ clause: 'SHOW-200-STATUS', outcome: 'failed', error: 'Error: socket hang up' })));

    expect(clauseOf(report, 'SHOW-200-STATUS')).toMatchObject({ status: 'failed', firstViolation: '[SHOW-200-STATUS] test error: Error: socket hang up' });
  });

  test('skipped probes keep their reasons', () => {
    const reason = 'VBS_OTHER_PROJECT_SHARE_ID is not set: no share of another project to probe.';
    const probes = passingRun().filter((record) => record.clause !== 'SHOW-403-OTHER-PROJECT');

    const report = certify([...probes, probe({ clause: 'SHOW-403-OTHER-PROJECT', outcome: 'skipped', skipReason: reason })]);

    expect(clauseOf(report, 'SHOW-403-OTHER-PROJECT')?.status).toBe('skipped');
    expect(report.skipped).toEqual([{ clause: 'SHOW-403-OTHER-PROJECT', test: 'SHOW-403-OTHER-PROJECT probe', reason }]);
    expect(report.verdict).toBe('pass');
  });

  test('clauses without tests are not run', () => {
    const report = certify([probe({ clause: 'SHOW-200-STATUS' })]);

    expect(clauseOf(report, 'SHOW-200-SCHEMA')?.status).toBe('not run');
    expect(clauseOf(report, 'SHOW-ERR-BODY')?.status).toBe('not run');
    expect(report.verdict).toBe('pass');
  });

  test('empty run fails', () => {
    expect(certify([]).verdict).toBe('fail');
  });

  test('coverage fails only rows a violation points at', () => {
    const line = '[SHOW-200-SCHEMA] Body does not match the response schema at /shared/backup: keyword required; missing property "has_dependent_backup"';

    const report = certify(passingRun(probe({ clause: 'SHOW-200-SCHEMA', outcome: 'failed', violations: [line] })));
    const statusOf = (section: string, row: string): string | undefined => report.coverage.entries.find((entry) => entry.section === section && entry.row === row)?.status;

    expect(statusOf('shared.backup', 'has_dependent_backup')).toBe('failed');
    expect(statusOf('shared.backup', 'name')).toBe('checked');
    expect(statusOf('uri', 'id')).toBe('checked');
  });

  test('doc links use the configured page', () => {
    const report = certify(passingRun(), { ...FACTS, apiDocUrl: 'https://docs.example.test/show-share.html' });

    expect(clauseOf(report, 'SHOW-200-SCHEMA')?.docUrl).toBe('https://docs.example.test/show-share.html#section332171191116');
    expect(clauseOf(report, 'SHOW-4XX-MALFORMED-ID')?.docUrl).toBe('https://docs.example.test/show-share.html#section202261121119');
    expect(certify(passingRun()).clauses.every((clause) => clause.docUrl === undefined)).toBe(true);
  });
});

test.describe('certificate markdown', () => {
  test('states verdict, facts and first violation', () => {
    const line = '[SHOW-200-SCHEMA] Body does not match the response schema at /shared/updated_at: keyword type; expected type string | null';
    const report = certify(passingRun(probe({ clause: 'SHOW-200-SCHEMA', outcome: 'failed', violations: [line] })));

    const markdown = renderCertificate(report);

    expect(markdown).toContain('**Verdict: FAIL** under the `compatible` profile.');
    expect(markdown).toContain('| Target | https://vbs.example.test |');
    expect(markdown).toContain('| Contract version | `sha256:0123456789abcdef`');
    expect(markdown).toContain('| Harness | vbs-conformance 0.1.0 |');
    expect(markdown).toContain('expected type string \\| null |');
    expect(markdown).toMatch(/\| `SHOW-200-SCHEMA` \| .* \| critical \| \*\*FAILED\*\* \|/);
  });

  test('counts further violations', () => {
    const lines = ['/shared/id', '/shared/name', '/shared/size'].map((pointer) => `[SHOW-200-SCHEMA] Body does not match the response schema at ${pointer}: keyword type`);
    const report = certify(passingRun(probe({ clause: 'SHOW-200-SCHEMA', outcome: 'failed', violations: lines })));

    const markdown = renderCertificate(report);

    expect(markdown).toContain('at /shared/id: keyword type (and 2 more) |');
  });
});

test.describe('contract version', () => {
  test('ignores formatting and tracks content', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vbs-contract-'));
    const file = path.join(dir, 'a.schema.json');
    fs.writeFileSync(file, '{"$id": "https://example.test/a.schema.json", "type": "object"}');
    const first = contractVersion([file]);

    fs.writeFileSync(file, '{\r\n  "$id": "https://example.test/a.schema.json",\r\n  "type": "object"\r\n}\r\n');
    const reformatted = contractVersion([file]);
    fs.writeFileSync(file, '{"$id": "https://example.test/a.schema.json", "type": "array"}');
    const changed = contractVersion([file]);
    fs.rmSync(dir, { recursive: true, force: true });

    expect(first).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(reformatted).toBe(first);
    expect(changed).not.toBe(first);
  });

  test('excludes the report schema', () => {
    const names = contractSchemaFiles().map((file) => path.basename(file));

    expect(names).toContain('show-share.compatible.schema.json');
    expect(names).not.toContain('conformance-report.schema.json');
  });
});

test.describe('failing run', () => {
  test('documented profile fails with a certificate', async () => {
    test.setTimeout(180_000);
    const workDir = makeWorkDir();

    // The embedded server sends the API page's example, and the documented profile rejects its
    // nulls and its plural field name, so this run fails on SHOW-200-SCHEMA.
    const run = await runHarness('conformance', workDir, { VBS_PROFILE: 'documented' });
    const json: unknown = JSON.parse(fs.readFileSync(path.join(workDir, 'conformance-report', 'conformance-report.json'), 'utf8'));
    const markdown = fs.readFileSync(path.join(workDir, 'conformance-report', 'conformance-report.md'), 'utf8');
    const junit = fs.readFileSync(path.join(workDir, 'junit.xml'), 'utf8');
    const validate = validatorFor(SCHEMA_IDS.conformanceReport);

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const report = json as CertificationReport;
    expect(report.verdict).toBe('fail');
    expect(report.profile).toBe('documented');
    expect(report.harness.version).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).version);
    expect(report.contractVersion).toBe(contractVersion());
    expect(report.clauses.filter((clause) => clause.status === 'failed').map((clause) => clause.id)).toEqual(['SHOW-200-SCHEMA']);
    expect(report.clauses.find((clause) => clause.id === 'SHOW-200-SCHEMA')?.firstViolation).toMatch(/^\[SHOW-200-SCHEMA\] Body does not match the response schema at \//);
    expect(report.drift.length).toBeGreaterThan(0);
    expect(markdown).toContain('**Verdict: FAIL** under the `documented` profile.');
    expect(junit).toMatch(/<testcase name="[^"]*SHOW-200-SCHEMA body matches the response schema of the profile"/);
    expect(run.stdout).toContain('Allure quality gate: failed');
    expect(filesContainingSecret([path.join(workDir, 'conformance-report'), path.join(workDir, 'junit.xml')], DOC_EXAMPLE_FROM.token)).toEqual([]);
    fs.rmSync(workDir, { recursive: true, force: true });
  });
});
