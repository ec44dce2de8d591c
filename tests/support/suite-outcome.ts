/**
 * Runs the conformance suite in a child process against a server the test started, and reads back
 * what each of its tests concluded: outcome, the clauses its violations name, skip reason, drift.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { JSONReport, JSONReportSuite } from '@playwright/test/reporter';
import { runHarness } from './harness-run';

export interface TestOutcome {
  title: string;
  /** Clause of the test, from its `clause` annotation. */
  clause: string;
  status: 'passed' | 'failed' | 'skipped';
  /**
   * Clause ids of the violations in the failure message. A test that failed without printing
   * violations (a crash or a timeout) names its own clause, so the failure is not lost.
   */
  violated: string[];
  skipReason?: string;
  /** Drift observation lines, `[drift <id>] <pointer>: ...`. */
  drift: string[];
  /** Failure message, for evidence. */
  message: string;
}

export interface SuiteOutcome {
  exitCode: number | null;
  tests: TestOutcome[];
}

const VIOLATION_LINE = /^\s*\[(SHOW-[A-Z0-9-]+)\] /gm;

function flattenSpecs(suite: JSONReportSuite): JSONReportSuite['specs'] {
  return [...suite.specs, ...(suite.suites ?? []).flatMap(flattenSpecs)];
}

function readOutcomes(report: JSONReport): TestOutcome[] {
  const outcomes: TestOutcome[] = [];
  for (const spec of report.suites.flatMap(flattenSpecs)) {
    for (const test of spec.tests) {
      const result = test.results.at(-1);
      const annotations = result?.annotations ?? test.annotations;
      const clause = annotations.find((annotation) => annotation.type === 'clause')?.description ?? '(no clause)';
      let status: TestOutcome['status'] = 'failed';
      if (!result || result.status === 'skipped') status = 'skipped';
      else if (result.status === 'passed') status = 'passed';
      const message = (result?.errors ?? []).map((error) => error.message ?? '').join('\n');
      const named = [...new Set([...message.matchAll(VIOLATION_LINE)].map((match) => match[1] ?? ''))];
      let violated: string[] = [];
      if (status === 'failed') violated = named.length > 0 ? named : [clause];
      outcomes.push({
        title: spec.title,
        clause,
        status,
        violated,
        skipReason: status === 'skipped' ? annotations.find((annotation) => annotation.type === 'skip')?.description : undefined,
        drift: annotations.filter((annotation) => annotation.type === 'drift').map((annotation) => annotation.description ?? ''),
        message,
      });
    }
  }
  return outcomes;
}

/**
 * Runs the conformance project with the given settings (an env file in workDir) and one worker,
 * which is the cheaper choice when several suites run side by side.
 */
export async function runSuite(workDir: string, settings: Record<string, string>, timeoutMs = 90_000): Promise<SuiteOutcome> {
  const reportFile = path.join(workDir, 'report.json');
  const run = await runHarness('suite', workDir, settings, timeoutMs, {
    args: ['--reporter=json', '--workers=1'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile },
  });
  if (!fs.existsSync(reportFile)) {
    throw new Error(`The suite wrote no report (exit code ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as JSONReport;
  return { exitCode: run.exitCode, tests: readOutcomes(report) };
}

/** Returns every clause that some test's violations name. */
export function failedClauses(outcome: SuiteOutcome): string[] {
  return [...new Set(outcome.tests.flatMap((test) => test.violated))].sort();
}

/** Lists the tests that did not pass, one line each with the clauses they named, for assertion messages. */
export function describeNonPassing(outcome: SuiteOutcome): string {
  return outcome.tests
    .filter((test) => test.status !== 'passed')
    .map((test) => `${test.status}: ${test.title}${test.violated.length ? ` [${test.violated.join(', ')}]` : ''}${test.skipReason ? ` (${test.skipReason})` : ''}`)
    .join('\n');
}
