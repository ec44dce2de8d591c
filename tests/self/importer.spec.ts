import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { PageFormatError, importPage } from '../../src/contract/page/importer';
import { REPOSITORY_ROOT } from '../../src/config/output-paths';
import { type Transcription, pageFactsOf, readTranscription } from '../../src/contract/transcription';
import { DATA_DIR } from '../support/factories';

/** Path of a real API page to import, for runs that have one (the CI run sets it when the page is beside the clone). */
const REAL_PAGE = process.env.VBS_API_PAGE?.trim();

function syntheticPage(): string {
  return fs.readFileSync(path.join(DATA_DIR, 'synthetic-api-page.md'), 'utf8');
}

test.describe('page importer', () => {
  test('synthetic page yields its facts', () => {
    const transcription = importPage(syntheticPage());

    expect(transcription).toEqual({
      operation: { method: 'GET', path: '/v1/{project_id}/widgets/{widget_id}' },
      uriParameters: [
        { name: 'project_id', mandatory: true },
        { name: 'widget_id', mandatory: false },
      ],
      requestBody: false,
      responseRows: [
        { pointer: '/widget', name: 'widget', type: 'dict' },
        { pointer: '/widget/id', name: 'id', type: 'string' },
        { pointer: '/widget/part', name: 'part', type: 'dict' },
        { pointer: '/widget/part/id', name: 'id', type: 'string', sameDescriptionAs: '/widget/id' },
        { pointer: '/widget/part/weight', name: 'weight', type: 'int' },
        { pointer: '/widget/part/is_spare', name: 'is_spare', type: 'boolean' },
      ],
      statusCodes: { normal: [200], abnormal: [{ code: 400, reason: 'Bad Request' }, { code: 404, reason: 'Not Found' }] },
      example: { widget: { id: 'w-1', part: { id: 'p-1', weight: 12, is_spare: null } } },
    });
  });

  test('page without a response section', () => {
    const page = syntheticPage().replace('## Response<a name="section0000000004"></a>', '## Reply');

    expect(() => importPage(page)).toThrow(new PageFormatError('The page has no "## Response" section.'));
  });

  test('unknown table type is named', () => {
    const page = syntheticPage().replace('>int</p>', '>float</p>');

    expect(() => importPage(page)).toThrow(/Response row "weight" has type "float"/);
  });

  test('broken example is reported', () => {
    const page = syntheticPage().replace('"weight": 12,', '"weight": 12,,');

    expect(() => importPage(page)).toThrow(/example response is not valid JSON/);
  });

  test('mandatory flag other than Yes or No', () => {
    const page = syntheticPage().replace('>No</p>', '>Maybe</p>');

    expect(() => importPage(page)).toThrow(/URI parameter "widget_id" has mandatory flag "Maybe"/);
  });

  test('real page equals the committed transcription', () => {
    test.skip(!REAL_PAGE, 'VBS_API_PAGE is not set: no copy of the vendor page to import (the CI run sets it when the page is beside the clone).');

    const imported = importPage(fs.readFileSync(REAL_PAGE ?? '', 'utf8'));

    expect(imported).toEqual(pageFactsOf(readTranscription()));
  });

  test('import-page script prints the transcription', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPOSITORY_ROOT, 'scripts', 'import-page.ts'), path.join(DATA_DIR, 'synthetic-api-page.md')], { cwd: REPOSITORY_ROOT, encoding: 'utf8', timeout: 60_000 });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as Transcription;
    expect(pageFactsOf(printed)).toEqual(importPage(syntheticPage()));
    expect(printed.uriParameters[0]?.description, 'kept from the committed transcription').toBe(readTranscription().uriParameters[0]?.description);
    expect(printed.uriParameters[1]?.description, 'new parameter').toBeUndefined();
  });
});
