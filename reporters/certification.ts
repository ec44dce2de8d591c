/**
 * Writes the certification report of a conformance run: `conformance-report.json` (valid against
 * schemas/conformance-report.schema.json) and `conformance-report.md`, the certificate. It reads
 * the run's facts from the config metadata, which blob reports carry, so it gives the same report
 * after `npm run merge-shards` as after a single run. Tests without a clause are ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { isClauseId } from '../src/contract/clauses';
import { outputPaths } from '../src/config/output-paths';
import { type ProbeRecord, type RunFacts, buildCertification } from '../src/report/certification';
import { renderCertificate } from '../src/report/certificate-markdown';

export const REPORT_JSON = 'conformance-report.json';
export const REPORT_MARKDOWN = 'conformance-report.md';
/** Key under `metadata` in the Playwright config. */
export const FACTS_METADATA_KEY = 'conformance';

export interface CertificationReporterOptions {
  /** Output folder; defaults to VBS_CERTIFICATION_DIR or `conformance-report`. */
  outputDir?: string;
}

export default class CertificationReporter implements Reporter {
  private readonly outputDir: string;
  private readonly results = new Map<string, { test: TestCase; result: TestResult }>();
  private facts: RunFacts | undefined;

  constructor(options: CertificationReporterOptions = {}) {
    this.outputDir = path.resolve(options.outputDir ?? outputPaths().certificationReport);
  }

  onBegin(config: FullConfig): void {
    this.facts = readFacts(config.metadata[FACTS_METADATA_KEY]);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // Retries replace earlier attempts: the last result is the one Playwright's outcome uses.
    this.results.set(test.id, { test, result });
  }

  onEnd(result: FullResult): void {
    const probes = [...this.results.values()].flatMap(({ test, result: testResult }) => toProbe(test, testResult));
    if (probes.length === 0) return;
    if (!this.facts) {
      console.error(`Certification report not written: the config metadata has no valid "${FACTS_METADATA_KEY}" entry; run through playwright.config.ts.`);
      return;
    }

    const report = buildCertification({
      facts: this.facts,
      probes,
      startedAt: result.startTime,
      finishedAt: new Date(result.startTime.getTime() + result.duration),
    });
    fs.mkdirSync(this.outputDir, { recursive: true });
    fs.writeFileSync(path.join(this.outputDir, REPORT_JSON), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(this.outputDir, REPORT_MARKDOWN), renderCertificate(report));
    console.log(`Certification report: ${path.join(this.outputDir, REPORT_MARKDOWN)} (verdict: ${report.verdict})`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

function toProbe(test: TestCase, result: TestResult): ProbeRecord[] {
  // Static annotations live on the test; those added while it ran (drift, violations, skip reasons) on the result.
  const annotations = [...test.annotations, ...result.annotations];
  const clause = annotations.find((annotation) => annotation.type === 'clause')?.description;
  if (!clause || !isClauseId(clause)) return [];

  const outcome = test.outcome();
  const describe = (type: string): string[] => unique(annotations.filter((annotation) => annotation.type === type).map((annotation) => annotation.description ?? ''));
  const skipReason = describe('skip')[0];
  const error = result.errors[0]?.message;
  return [
    {
      title: test.title,
      clause,
      tags: test.tags,
      outcome: probeOutcome(outcome),
      violations: describe('violation'),
      drift: describe('drift'),
      ...(skipReason ? { skipReason } : {}),
      ...(error ? { error: firstLine(error) } : {}),
    },
  ];
}

/** Maps Playwright's outcome: a flaky test and an expected failure (`test.fail`) count as passed. */
function probeOutcome(outcome: ReturnType<TestCase['outcome']>): ProbeRecord['outcome'] {
  if (outcome === 'skipped') return 'skipped';
  if (outcome === 'unexpected') return 'failed';
  return 'passed';
}

function readFacts(value: unknown): RunFacts | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const facts = value as Partial<Record<keyof RunFacts, unknown>>;
  const strings = ['target', 'profile', 'timestampZonePolicy', 'harnessVersion', 'contractVersion'] as const;
  if (!strings.every((key) => typeof facts[key] === 'string')) return undefined;
  if (facts.apiDocUrl !== undefined && typeof facts.apiDocUrl !== 'string') return undefined;
  return value as RunFacts;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function firstLine(message: string): string {
  // Matcher messages carry ANSI colour codes, which have no place in a certificate.
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').find((line) => line.trim().length > 0)?.trim() ?? plain.trim();
}
