import { test, expect } from '@playwright/test';
import { CLAUSES } from '../../src/contract/clauses';
import { ROW_CLAUSES, coverageMap } from '../../src/contract/coverage';
import { loadContractSources } from '../../src/contract/ledger';
import { readSchemaFile } from '../../src/contract/schema-registry';
import { profileSchemaFile } from '../../src/contract/derive/outputs';
import { segmentsOf } from '../../src/contract/transcription';

test.describe('coverage of the API page', () => {
  test('every row maps to a clause', () => {
    const { transcription } = loadContractSources();

    const entries = coverageMap();

    expect(entries).toHaveLength(transcription.uriParameters.length + transcription.responseRows.length);
    for (const entry of entries) {
      expect(entry.clauses.length, `${entry.section} ${entry.row}`).toBeGreaterThan(0);
      for (const id of entry.clauses) expect(Object.hasOwn(CLAUSES, id), id).toBe(true);
    }
  });

  test('every URI parameter maps to a clause', () => {
    const uri = coverageMap().filter((entry) => entry.section === 'uri');

    expect(uri.map((entry) => entry.row)).toEqual(['project_id', 'id']);
    for (const entry of uri) expect(entry.clauses.length, entry.row).toBeGreaterThan(0);
  });

  test('schema clause covers each row in both profiles', () => {
    const { transcription } = loadContractSources();

    for (const profile of ['documented', 'compatible'] as const) {
      const schema = readSchemaFile(profileSchemaFile(profile));
      for (const row of transcription.responseRows) {
        const segments = segmentsOf(row.pointer);
        const owner = segments.length === 1 ? schema : (schema.$defs as Record<string, { properties: Record<string, unknown> }>)[segments.at(-2) ?? ''];
        expect(Object.hasOwn((owner as { properties: Record<string, unknown> }).properties, row.name), `${profile} ${row.pointer}`).toBe(true);
      }
    }
  });

  test('mapping names only transcribed rows', () => {
    const { transcription } = loadContractSources();
    const keys = new Set([...transcription.uriParameters.map((parameter) => `uri:${parameter.name}`), ...transcription.responseRows.map((row) => row.pointer)]);

    expect(Object.keys(ROW_CLAUSES).filter((key) => !keys.has(key))).toEqual([]);
  });
});
