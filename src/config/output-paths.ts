import path from 'node:path';

/** Where a run writes its results and report; relative values are resolved from the repository root. */
export interface OutputPaths {
  allureResults: string;
  allureReport: string;
}

export const REPOSITORY_ROOT = path.resolve(__dirname, '../..');

export function outputPaths(env: NodeJS.ProcessEnv = process.env): OutputPaths {
  const resolve = (value: string | undefined, fallback: string): string => path.resolve(REPOSITORY_ROOT, value?.trim() || fallback);
  return {
    allureResults: resolve(env.VBS_ALLURE_RESULTS_DIR, 'allure-results'),
    allureReport: resolve(env.VBS_ALLURE_REPORT_DIR, 'allure-report'),
  };
}
