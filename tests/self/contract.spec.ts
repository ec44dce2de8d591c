import { test, expect } from '@playwright/test';
import { bodyMatchesSchema } from '../../src/checks/show-share';
import { staleDerivedFiles } from '../../src/contract/derive/outputs';
import { observeDrift } from '../../src/contract/drift';
import { loadContractSources, otherNamePointer } from '../../src/contract/ledger';
import { SCHEMA_IDS, validatorFor } from '../../src/contract/schema-registry';
import { docExample, exchangeFor, showContextFor } from '../support/factories';

test.describe('derived contract', () => {
  test('contract data files match their schemas', () => {
    expect(() => loadContractSources()).not.toThrow();
  });

  test('committed output equals a fresh derive', () => {
    const stale = staleDerivedFiles(loadContractSources());

    expect(stale, 'run `npm run derive` and commit the result').toEqual([]);
  });

  test('ledger pointers name transcribed rows', () => {
    const { transcription, ledger } = loadContractSources();
    const rows = new Set(transcription.responseRows.map((row) => row.pointer));

    for (const entry of ledger.entries) {
      for (const pointer of [...entry.pointers, ...(entry.other.required ?? [])]) {
        expect(rows.has(pointer), `${entry.id}: ${pointer}`).toBe(true);
      }
    }
  });

  test('ledger ids are unique', () => {
    const ids = loadContractSources().ledger.entries.map((entry) => entry.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  test('repeated descriptions are in the ledger', () => {
    const { transcription, ledger } = loadContractSources();
    // backup_id and backup.id carry the same value, which SHOW-200-BACKUP-ID checks, so their shared words are right.
    const sameValue = new Set(['/shared/backup/id']);
    const described = new Set(ledger.entries.filter((entry) => entry.kind === 'description').flatMap((entry) => entry.pointers));

    const repeated = transcription.responseRows.filter((row) => row.sameDescriptionAs !== undefined && !sameValue.has(row.pointer));

    expect(repeated.map((row) => row.pointer)).toEqual(['/shared/to_project_id']);
    for (const row of repeated) expect(described.has(row.pointer), row.pointer).toBe(true);
  });

  test('compatible fails no example drift', () => {
    const entries = loadContractSources().ledger.entries.filter((entry) => entry.source === 'example');

    expect(entries.filter((entry) => entry.resolution.compatible === 'fail').map((entry) => entry.id)).toEqual([]);
  });
});

test.describe('doc example under each profile', () => {
  test('compatible accepts the example', () => {
    const validate = validatorFor(SCHEMA_IDS.showShareCompatible);

    expect(validate(docExample()), JSON.stringify(validate.errors)).toBe(true);
  });

  test('documented fails exactly the ledger entries', () => {
    const { ledger } = loadContractSources();
    const expected = ledger.entries.filter((entry) => entry.source === 'example' && entry.resolution.documented === 'fail').map((entry) => entry.id);

    const violations = bodyMatchesSchema(showContextFor(exchangeFor(docExample()), { profile: 'documented' }));

    expect(violations.length).toBeGreaterThan(0);
    expect(violations.filter((violation) => violation.drift === undefined), 'every violation names its ledger entry').toEqual([]);
    expect([...new Set(violations.map((violation) => violation.drift))].sort()).toEqual([...expected].sort());
  });

  test('documented failures sit at the ledger pointers', () => {
    const violations = bodyMatchesSchema(showContextFor(exchangeFor(docExample()), { profile: 'documented' }));

    const found = violations.map((violation) => `${violation.pointer} ${violation.keyword} ${violation.detail ?? ''}`.trim()).sort();

    expect(found).toEqual(
      [
        '/shared/updated_at type',
        '/shared/backup required missing property "has_dependent_backup"',
        '/shared/backup additionalProperties extra property "has_dependent_backups"',
        '/shared/backup/container type',
        '/shared/backup/description type',
        '/shared/backup/is_incremental type',
        '/shared/backup/snapshot_id type',
        '/shared/backup/service_metadata type',
      ].sort(),
    );
  });

  test('run records the side of each drift', () => {
    const observations = observeDrift(docExample());

    const sides = new Map(observations.map((observation) => [`${observation.drift} ${observation.pointer}`, observation.side]));

    expect(sides.get('has-dependent-backups-name /shared/backup/has_dependent_backups')).toBe('other');
    expect(sides.get('null-backup-container /shared/backup/container')).toBe('other');
    expect(sides.get('timestamp-zone /shared/created_at')).toBe('other');
    expect(sides.get('nesting-flat-table /shared/backup')).toBe('other');
    expect(observations.some((observation) => observation.drift === 'sparse-share')).toBe(false);
  });

  test('table side is recorded too', () => {
    const body = docExample();
    body.shared.backup.container = 'c0ffee00-0000-4000-8000-000000000000';
    body.shared.created_at = '2017-08-22T08:43:16.699374Z';

    const observations = observeDrift(body);

    expect(observations).toContainEqual(expect.objectContaining({ drift: 'null-backup-container', side: 'table' }));
    expect(observations).toContainEqual(expect.objectContaining({ drift: 'timestamp-zone', pointer: '/shared/created_at', side: 'neither', observed: 'zoned 2017-08-22T08:43:16.699374Z' }));
  });

  test('sparse body is a wire drift', () => {
    const body = { shared: { id: 'a', backup_id: 'b', from_project_id: 'c', to_project_id: 'd', backup: { id: 'b', status: 'available' } } };

    const [presence] = observeDrift(body).filter((observation) => observation.drift === 'sparse-share');

    expect(presence?.observed).toContain('/shared/created_at');
  });

  test('wire spelling follows the ledger', () => {
    const [entry] = loadContractSources().ledger.entries.filter((candidate) => candidate.kind === 'name');

    expect(entry).toBeDefined();
    expect(otherNamePointer(entry!)).toBe('/shared/backup/has_dependent_backups');
  });
});
