import path from 'node:path';
import { ConfigError } from './errors';
import { quote } from './values';

/** Output locations of a run. Relative values are resolved from the repository root. */
export interface OutputPaths {
  allureResults: string;
  allureReport: string;
  /** JSONL file of past runs that Allure reads for trends and appends to, or undefined for none. CI keeps it between runs. */
  allureHistory: string | undefined;
  /** Folder of conformance-report.json and conformance-report.md. */
  certificationReport: string;
  junitFile: string;
  /** Folder of the blob report that a shard writes for the later merge. */
  blobReport: string;
}

/** Value of VBS_ALLURE_HISTORY_FILE that keeps no history; allurerc.mjs reads the same word. */
export const NO_HISTORY = 'none';

export const REPOSITORY_ROOT = path.resolve(__dirname, '../..');

export function outputPaths(env: NodeJS.ProcessEnv = process.env): OutputPaths {
  const resolve = (value: string | undefined, fallback: string): string => path.resolve(REPOSITORY_ROOT, value?.trim() || fallback);
  return {
    allureResults: resolve(env.VBS_ALLURE_RESULTS_DIR, 'allure-results'),
    allureReport: resolve(env.VBS_ALLURE_REPORT_DIR, 'allure-report'),
    allureHistory: env.VBS_ALLURE_HISTORY_FILE?.trim() === NO_HISTORY ? undefined : resolve(env.VBS_ALLURE_HISTORY_FILE, 'allure-history/history.jsonl'),
    certificationReport: resolve(env.VBS_CERTIFICATION_DIR, 'conformance-report'),
    junitFile: resolve(env.VBS_JUNIT_FILE, 'test-results/junit.xml'),
    blobReport: resolve(env.VBS_BLOB_REPORT_DIR, 'blob-report'),
  };
}

/**
 * Which reporters a run uses. `run`: every report at the end of the run. `shard`: one machine's
 * part, so only Allure results and a blob report, which `npm run merge-shards` turns into the
 * reports. `merge`: used by that merge, which replays the blobs into the certification and JUnit
 * reporters and leaves Allure results to the shards.
 */
export const REPORT_MODES = ['run', 'shard', 'merge'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

export function reportMode(env: NodeJS.ProcessEnv = process.env): ReportMode {
  const raw = env.VBS_REPORT_MODE?.trim();
  if (!raw) return 'run';
  if ((REPORT_MODES as readonly string[]).includes(raw)) return raw as ReportMode;
  throw new ConfigError([{ variable: 'VBS_REPORT_MODE', problem: `${quote(raw)} is not a known value`, fix: `Use one of: ${REPORT_MODES.join(', ')} (default run).` }]);
}
