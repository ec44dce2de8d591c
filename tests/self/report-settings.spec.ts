/** Settings of the reports: the API page address, the report mode and the output paths. */
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { parseConfig } from '../../src/config/config';
import { ConfigError } from '../../src/config/errors';
import { REPOSITORY_ROOT, outputPaths, reportMode } from '../../src/config/output-paths';

function problemVariables(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => problem.variable);
    throw error;
  }
  return [];
}

test.describe('report settings', () => {
  test('doc URL is optional', () => {
    expect(parseConfig({}).apiDocUrl).toBeUndefined();
    expect(parseConfig({ VBS_API_DOC_URL: 'https://docs.example.test/api/show.html' }).apiDocUrl).toBe('https://docs.example.test/api/show.html');
  });

  for (const value of ['https://docs.example.test/show.html#section1', 'ftp://docs.example.test/show.html', 'not a url', 'https://user:pw@docs.example.test/show.html']) {
    test(`doc URL rejects ${value}`, () => {
      expect(problemVariables(() => parseConfig({ VBS_API_DOC_URL: value }))).toEqual(['VBS_API_DOC_URL']);
    });
  }

  test('report mode defaults to run', () => {
    expect(reportMode({})).toBe('run');
    expect(reportMode({ VBS_REPORT_MODE: 'shard' })).toBe('shard');
    expect(problemVariables(() => reportMode({ VBS_REPORT_MODE: 'blob' }))).toEqual(['VBS_REPORT_MODE']);
  });

  test('output paths resolve from the repository', () => {
    const paths = outputPaths({ VBS_CERTIFICATION_DIR: 'out/cert' });

    expect(paths.certificationReport).toBe(path.join(REPOSITORY_ROOT, 'out', 'cert'));
    expect(paths.allureHistory).toBe(path.join(REPOSITORY_ROOT, 'allure-history', 'history.jsonl'));
    expect(outputPaths({ VBS_ALLURE_HISTORY_FILE: 'none' }).allureHistory).toBeUndefined();
    expect(paths.junitFile).toBe(path.join(REPOSITORY_ROOT, 'test-results', 'junit.xml'));
  });
});
