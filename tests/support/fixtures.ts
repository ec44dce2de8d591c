/**
 * Test fixtures of the conformance suite: the validated configuration, a client bound to the
 * target, Allure labels taken from each test's clause, and evidence attached to every probe.
 */
import { test as base } from '@playwright/test';
import * as allure from 'allure-js-commons';
import { type HarnessConfig, loadConfig } from '../../src/config/config';
import { CLAUSES, type ClauseId, clauseTitle, isClauseId } from '../../src/contract/clauses';
import { type DriftObservation, formatDrift } from '../../src/contract/drift';
import { type UndocumentedProperty, formatUndocumented } from '../../src/contract/undocumented';
import type { ShowCheckContext } from '../../src/checks/context';
import { formatViolation, summarizeViolation, type Violation } from '../../src/checks/violation';
import { CAUSE_LABEL, DRIFT_LABEL, violationCause } from '../../src/checks/violation-cause';
import { docSectionUrl } from '../../src/contract/doc-sections';
import type { Exchange } from '../../src/http/exchange';
import type { Probe } from '../../src/http/share-client';
import { configuredClient } from '../../src/http/configured-client';
import { resolveBaseUrl } from '../../src/config/target';
import { type RequestAuth, requestAuthFor } from '../../src/auth/request-auth';

export { expect } from './matchers';

/** Test details that bind a test to a clause: tags plus the annotation the label fixture reads. */
export function clause(id: ClauseId, ...tags: string[]): { tag: string[]; annotation: { type: string; description: string }[] } {
  return { tag: tags, annotation: [{ type: 'clause', description: id }] };
}

export interface Probes {
  /** Sends the documented request for a share and attaches the exchange. */
  show(shareId?: string): Promise<Exchange>;
  send(probe: Probe): Promise<Exchange>;
  /** Context for the show checks, for the share just requested. */
  showContext(exchange: Exchange, shareId?: string): ShowCheckContext;
  /** Attaches the violations and drift observations of a probe to the report. */
  record(violations: readonly Violation[], drift?: readonly DriftObservation[]): Promise<void>;
  /** Reports properties outside the contract as annotations and an attachment, without failing the test. */
  warnUndocumented(properties: readonly UndocumentedProperty[]): Promise<void>;
}

interface WorkerFixtures {
  harness: { config: HarnessConfig; baseUrl: string; auth: RequestAuth };
}

interface TestFixtures {
  clauseLabels: void;
  probes: Probes;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  harness: [
    async ({}, use) => {
      const config = loadConfig();
      await use({ config, baseUrl: resolveBaseUrl(config), auth: requestAuthFor(config) });
    },
    { scope: 'worker' },
  ],

  clauseLabels: [
    async ({ harness }, use, testInfo) => {
      const id = testInfo.annotations.find((annotation) => annotation.type === 'clause')?.description;
      if (id && isClauseId(id)) {
        const entry = CLAUSES[id];
        await allure.epic('Show backup share');
        await allure.feature(entry.feature);
        await allure.story(clauseTitle(id));
        await allure.severity(entry.severity);
        await allure.label('clause', id);
        const docUrl = docSectionUrl(harness.config.apiDocUrl, entry.docSection);
        if (docUrl) await allure.link(docUrl, `API page: ${entry.docSection}`);
      }
      await use();
    },
    { auto: true },
  ],

  probes: async ({ request, harness }, use, testInfo) => {
    const { config, baseUrl, auth } = harness;
    const client = configuredClient(request, config, baseUrl, auth, config.allowUnsafeMethods || config.target.kind === 'embedded');
    const attachExchange = async (exchange: Exchange): Promise<Exchange> => {
      const status = exchange.response ? String(exchange.response.status) : 'no response';
      await testInfo.attach(`exchange ${exchange.request.method} -> ${status}`, {
        body: JSON.stringify(exchange, null, 2),
        contentType: 'application/json',
      });
      return exchange;
    };

    await use({
      show: async (shareId = config.shareId) => attachExchange(await client.show(config.projectId, shareId)),
      send: async (probe) => attachExchange(await client.send(probe)),
      showContext: (exchange, shareId = config.shareId) => ({
        exchange,
        projectId: config.projectId,
        shareId,
        profile: config.profile,
        timestampZone: config.timestampZone,
        undocumentedProperties: config.undocumentedProperties,
      }),
      record: async (violations, drift = []) => {
        // One line per violation for the certification report, and the causes for the Allure categories.
        for (const violation of violations) testInfo.annotations.push({ type: 'violation', description: summarizeViolation(violation) });
        for (const cause of new Set(violations.map(violationCause))) await allure.label(CAUSE_LABEL, cause);
        for (const name of new Set(drift.map((observation) => observation.drift))) await allure.label(DRIFT_LABEL, name);
        if (violations.length > 0) {
          await testInfo.attach('violations', { body: violations.map(formatViolation).join('\n\n'), contentType: 'text/plain' });
        }
        for (const observation of drift) {
          testInfo.annotations.push({ type: 'drift', description: formatDrift(observation) });
        }
        if (drift.length > 0) {
          await testInfo.attach('drift observations', { body: JSON.stringify(drift, null, 2), contentType: 'application/json' });
          console.log(drift.map(formatDrift).join('\n'));
        }
      },
      warnUndocumented: async (properties) => {
        for (const property of properties) {
          testInfo.annotations.push({ type: 'undocumented', description: formatUndocumented(property) });
        }
        if (properties.length > 0) {
          await testInfo.attach('undocumented properties', { body: JSON.stringify(properties, null, 2), contentType: 'application/json' });
          console.log(properties.map(formatUndocumented).join('\n'));
        }
      },
    });
  },
});
