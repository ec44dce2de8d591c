import { test, expect } from '@playwright/test';
import {
  SHOW_CHECKS,
  backupIdMatchesBackup,
  backupStatusIsKnown,
  bodyMatchesSchema,
  contentTypeIsJson,
  countersAreNonNegative,
  pathProjectIsParty,
  runShowChecks,
  shareIdMatchesRequest,
  statusIsOk,
  timestampsAreOrdered,
  timestampsFollowZonePolicy,
  undocumentedPropertiesFollowPolicy,
} from '../../src/checks/show-share';
import { errorBodyIsKnownStyle, noServerError, runErrorChecks } from '../../src/checks/error-response';
import type { ShowCheck } from '../../src/checks/context';
import { observeDrift } from '../../src/contract/drift';
import { parseTimestamp } from '../../src/checks/timestamps';
import { formatVerdict } from '../support/matchers';
import { docExample, exchangeFor, readJson, showContextFor } from '../support/factories';

function violationsOf(check: ShowCheck, body: unknown, overrides: Parameters<typeof exchangeFor>[1] = {}) {
  return check(showContextFor(exchangeFor(body, overrides)));
}

test.describe('show checks on good bodies', () => {
  test('doc example has no violations', () => {
    expect(runShowChecks(showContextFor(exchangeFor(docExample())))).toEqual([]);
  });

  test('sparse SDK body has no violations', () => {
    const body = readJson('public/gophertelekomcloud-1.json') as { shared: { id: string; from_project_id: string } };
    const context = showContextFor(exchangeFor(body), { shareId: body.shared.id, projectId: body.shared.from_project_id });

    expect(runShowChecks(context)).toEqual([]);
  });

  test('every check is listed once', () => {
    expect(new Set(SHOW_CHECKS).size).toBe(SHOW_CHECKS.length);
    expect(SHOW_CHECKS.length).toBe(11);
  });
});

test.describe('show checks on bad bodies', () => {
  test('status other than 200', () => {
    const [violation] = violationsOf(statusIsOk, docExample(), { status: 500 });

    expect(violation).toMatchObject({ clause: 'SHOW-200-STATUS', expected: '200', received: '500' });
  });

  test('text/plain content type', () => {
    const [violation] = violationsOf(contentTypeIsJson, docExample(), { contentType: 'text/plain' });

    expect(violation).toMatchObject({ clause: 'SHOW-200-CONTENT-TYPE', received: 'Content-Type: text/plain' });
  });

  test('JSON content type with charset passes', () => {
    expect(violationsOf(contentTypeIsJson, docExample(), { contentType: 'application/json; charset=utf-8' })).toEqual([]);
  });

  test('missing backup names the property', () => {
    const body = docExample();
    delete (body.shared as Record<string, unknown>).backup;

    const violations = violationsOf(bodyMatchesSchema, body);

    expect(violations).toEqual([expect.objectContaining({ clause: 'SHOW-200-SCHEMA', pointer: '/shared', keyword: 'required', detail: 'missing property "backup"' })]);
  });

  test('size as a string shows the value', () => {
    const body = docExample();
    body.shared.backup.size = '1';

    const violations = violationsOf(bodyMatchesSchema, body);

    expect(violations).toEqual([expect.objectContaining({ pointer: '/shared/backup/size', keyword: 'type', value: '1' })]);
  });

  test('malformed UUID fails the pattern', () => {
    const body = docExample();
    body.shared.backup_id = '066B1E37-9305-4057-97E5-2E99B21FC71D';

    expect(violationsOf(bodyMatchesSchema, body)).toEqual([expect.objectContaining({ pointer: '/shared/backup_id', keyword: 'pattern' })]);
  });

  test('documented profile rejects extra property', () => {
    const body = docExample();
    (body.shared as Record<string, unknown>).surprise = 1;

    const violations = bodyMatchesSchema(showContextFor(exchangeFor(body), { profile: 'documented' }));

    expect(violations).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties', detail: 'extra property "surprise"' }));
  });

  test('truncated JSON is reported', () => {
    const violations = violationsOf(bodyMatchesSchema, undefined, { bodyText: '{"shared": {"id": ' });

    expect(violations).toEqual([expect.objectContaining({ clause: 'SHOW-200-SCHEMA', received: expect.stringMatching(/^invalid JSON/) })]);
  });

  test('another share returned', () => {
    const body = docExample();
    body.shared.id = 'e842bf23-1e05-4c2c-b0f9-25222f4686da';

    expect(violationsOf(shareIdMatchesRequest, body)).toEqual([expect.objectContaining({ clause: 'SHOW-200-ID-MATCH', value: body.shared.id })]);
  });

  test('backup_id differs from backup.id', () => {
    const body = docExample();
    body.shared.backup_id = 'a7d7783f-02b7-4645-b0e3-61df63f0ba10';

    expect(violationsOf(backupIdMatchesBackup, body)).toEqual([expect.objectContaining({ clause: 'SHOW-200-BACKUP-ID' })]);
  });

  test('path project not a party', () => {
    const violations = pathProjectIsParty(showContextFor(exchangeFor(docExample()), { projectId: '17fbda95add24720a4038ba4b1c705ed' }));

    expect(violations).toEqual([expect.objectContaining({ clause: 'SHOW-200-PROJECT-PARTY' })]);
  });

  test('updated before created', () => {
    const body = docExample();
    body.shared.backup.updated_at = '2017-08-01T00:00:00.000000';

    expect(violationsOf(timestampsAreOrdered, body)).toEqual([expect.objectContaining({ clause: 'SHOW-200-TIMESTAMPS', pointer: '/shared/backup/updated_at' })]);
  });

  test('unparsable timestamp', () => {
    const body = docExample();
    body.shared.created_at = '2017-02-30T08:43:16.699374';

    expect(violationsOf(timestampsAreOrdered, body)).toEqual([expect.objectContaining({ clause: 'SHOW-200-TIMESTAMPS', title: 'Timestamp does not parse', pointer: '/shared/created_at' })]);
  });

  test('zoned timestamp under each policy', () => {
    const body = docExample();
    body.shared.created_at = '2017-08-22T08:43:16.699374Z';
    const exchange = exchangeFor(body);

    expect(timestampsFollowZonePolicy(showContextFor(exchange))).toEqual([expect.objectContaining({ clause: 'SHOW-200-TIMESTAMP-ZONE', pointer: '/shared/created_at' })]);
    expect(timestampsFollowZonePolicy(showContextFor(exchange, { timestampZone: 'allowed' }))).toEqual([]);
    expect(timestampsFollowZonePolicy(showContextFor(exchange, { timestampZone: 'any' }))).toEqual([]);
  });

  test('space separator under each policy', () => {
    const body = docExample();
    body.shared.backup.updated_at = '2017-08-16 07:24:24.786297';
    const exchange = exchangeFor(body);

    expect(timestampsFollowZonePolicy(showContextFor(exchange))).toEqual([expect.objectContaining({ clause: 'SHOW-200-TIMESTAMP-ZONE', pointer: '/shared/backup/updated_at' })]);
    expect(timestampsFollowZonePolicy(showContextFor(exchange, { timestampZone: 'allowed' }))).toHaveLength(1);
    expect(timestampsFollowZonePolicy(showContextFor(exchange, { timestampZone: 'any' }))).toEqual([]);
    expect(timestampsAreOrdered(showContextFor(exchange, { timestampZone: 'any' }))).toEqual([]);
  });

  test('non-ISO timestamp fails the schema', () => {
    const body = docExample();
    body.shared.created_at = '22/08/2017 08:43';

    expect(violationsOf(bodyMatchesSchema, body)).toContainEqual(expect.objectContaining({ pointer: '/shared/created_at', keyword: 'pattern' }));
  });

  test('extra property under each policy', () => {
    const body = docExample();
    body.shared.backup.surprise = 'x';
    const exchange = exchangeFor(body);

    expect(undocumentedPropertiesFollowPolicy(showContextFor(exchange, { undocumentedProperties: 'allow' }))).toEqual([]);
    expect(undocumentedPropertiesFollowPolicy(showContextFor(exchange, { undocumentedProperties: 'warn' }))).toEqual([]);
    expect(undocumentedPropertiesFollowPolicy(showContextFor(exchange, { undocumentedProperties: 'fail' }))).toEqual([
      expect.objectContaining({ clause: 'SHOW-200-UNDOCUMENTED', pointer: '/shared/backup/surprise', detail: 'undocumented property "surprise"', value: 'x' }),
    ]);
  });

  test('wire spelling is not undocumented', () => {
    const violations = undocumentedPropertiesFollowPolicy(showContextFor(exchangeFor(docExample()), { undocumentedProperties: 'fail' }));

    expect(violations).toEqual([]);
  });

  test('status outside the set', () => {
    const body = docExample();
    body.shared.backup.status = 'frozen';

    expect(violationsOf(backupStatusIsKnown, body)).toEqual([expect.objectContaining({ clause: 'SHOW-200-BACKUP-STATUS', value: 'frozen' })]);
  });

  test('negative size and fractional count', () => {
    const body = docExample();
    body.shared.backup.size = -1;
    body.shared.backup.object_count = 1.5;

    const violations = violationsOf(countersAreNonNegative, body);

    expect(violations.map((v) => v.pointer)).toEqual(['/shared/backup/size', '/shared/backup/object_count']);
  });
});

test.describe('error checks', () => {
  test('public error styles pass', () => {
    for (const [file, status] of [['public/otcdocs-6.json', 404], ['public/otcdocs-7.json', 403], ['public/otcdocs-8.json', 400], ['public/huaweiapig-1.json', 401]] as const) {
      expect(errorBodyIsKnownStyle(exchangeFor(readJson(file), { status })), file).toEqual([]);
    }
  });

  test('HTML error page fails', () => {
    const exchange = exchangeFor(undefined, { status: 404, contentType: 'text/html', bodyText: '<html><body>Not Found</body></html>' });

    const violations = errorBodyIsKnownStyle(exchange);

    expect(violations.map((v) => v.clause)).toEqual(['SHOW-ERR-BODY', 'SHOW-ERR-BODY']);
  });

  test('unknown style fails', () => {
    const violations = errorBodyIsKnownStyle(exchangeFor({ message: 'nope' }, { status: 404 }));

    expect(violations).toEqual([expect.objectContaining({ clause: 'SHOW-ERR-BODY', keyword: 'anyOf' })]);
  });

  test('200 for unknown id fails status', () => {
    const violations = runErrorChecks(exchangeFor(docExample()), { clause: 'SHOW-404-UNKNOWN-ID', allowed: [404] });

    expect(violations).toEqual([expect.objectContaining({ clause: 'SHOW-404-UNKNOWN-ID', received: '200' })]);
  });

  test('500 fails status and no-5xx', () => {
    const exchange = exchangeFor({ computeFault: { code: 500, message: 'x' } }, { status: 500 });

    expect(noServerError(exchange)).toHaveLength(1);
    expect(runErrorChecks(exchange, { clause: 'SHOW-404-UNKNOWN-ID', allowed: [404] }).map((v) => v.clause)).toEqual(['SHOW-404-UNKNOWN-ID', 'SHOW-NO-5XX']);
  });
});

test.describe('timestamps and drift', () => {
  test('parses six fraction digits', () => {
    const early = parseTimestamp('2017-08-08T04:03:27.000001');
    const late = parseTimestamp('2017-08-08T04:03:27.000002');

    expect(early?.hasZone).toBe(false);
    expect((late?.epochMicros ?? 0) - (early?.epochMicros ?? 0)).toBe(1);
  });

  test('offset zones compare correctly', () => {
    expect(parseTimestamp('2017-08-08T04:00:00+02:00')?.epochMicros).toBe(parseTimestamp('2017-08-08T02:00:00Z')?.epochMicros);
  });

  test('doc example drift is observed', () => {
    const drift = observeDrift(docExample()).map((o) => o.drift);

    expect(drift).toContain('has-dependent-backups-name');
    expect(drift).toContain('null-backup-container');
    expect(drift).toContain('timestamp-zone');
  });

  test('singular spelling is observed as such', () => {
    const body = docExample();
    delete body.shared.backup.has_dependent_backups;
    body.shared.backup.has_dependent_backup = false;

    const [observation] = observeDrift(body).filter((o) => o.drift === 'has-dependent-backups-name');

    expect(observation?.side).toBe('table');
    expect(observation?.observed).toMatch(/has_dependent_backup \(the table's spelling\)/);
  });
});

test.describe('matcher output', () => {
  test('lists request, violations and body', () => {
    const body = docExample();
    body.shared.backup.size = 'one';
    const exchange = exchangeFor(body);

    const text = formatVerdict({ exchange, violations: bodyMatchesSchema(showContextFor(exchange)) });

    expect(text).toContain('Expected no contract violations, found 1:');
    expect(text).toContain('GET http://127.0.0.1:1/v2/c13f5220dc1949b0b741ea81a7cd5554/os-vendor-backup-sharing/8332443e-9866-41d8-8a58-a898cf5db030 -> 200');
    expect(text).toContain('[SHOW-200-SCHEMA] Body does not match the response schema');
    expect(text).toContain('at:       /shared/backup/size');
    expect(text).toContain('value:    "one"');
    expect(text).toContain('Body (');
  });
});
