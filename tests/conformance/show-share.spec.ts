/**
 * The documented request for the configured share: status, media type, schema and the semantic
 * properties of a 200 body. Each test evaluates one clause.
 */
import { observeDrift } from '../../src/contract/drift';
import { findUndocumentedProperties } from '../../src/contract/undocumented';
import {
  backupIdMatchesBackup,
  backupStatusIsKnown,
  bodyMatchesSchema,
  contentTypeIsJson,
  countersAreNonNegative,
  pathProjectIsParty,
  shareIdMatchesRequest,
  statusIsOk,
  timestampsAreOrdered,
  timestampsFollowZonePolicy,
  undocumentedPropertiesFollowPolicy,
} from '../../src/checks/show-share';
import { jsonBody, type ShowCheck } from '../../src/checks/context';
import type { ClauseId } from '../../src/contract/clauses';
import { clauseTitle } from '../../src/contract/clauses';
import { clause, expect, test } from '../support/fixtures';

/** Checks of the body's meaning. Without a JSON body they have nothing to judge, so they skip. */
const semanticCases: { id: ClauseId; check: ShowCheck; tags: string[] }[] = [
  { id: 'SHOW-200-ID-MATCH', check: shareIdMatchesRequest, tags: ['@smoke'] },
  { id: 'SHOW-200-BACKUP-ID', check: backupIdMatchesBackup, tags: [] },
  { id: 'SHOW-200-PROJECT-PARTY', check: pathProjectIsParty, tags: [] },
  { id: 'SHOW-200-TIMESTAMPS', check: timestampsAreOrdered, tags: [] },
  { id: 'SHOW-200-TIMESTAMP-ZONE', check: timestampsFollowZonePolicy, tags: [] },
  { id: 'SHOW-200-BACKUP-STATUS', check: backupStatusIsKnown, tags: [] },
  { id: 'SHOW-200-COUNTERS', check: countersAreNonNegative, tags: [] },
];

test.describe('show backup share: documented request', () => {
  test(clauseTitle('SHOW-200-SCHEMA'), clause('SHOW-200-SCHEMA', '@smoke'), async ({ probes }) => {
    const exchange = await probes.show();

    const violations = bodyMatchesSchema(probes.showContext(exchange));
    const body = exchange.response?.body;
    await probes.record(violations, body?.kind === 'json' ? observeDrift(body.value) : []);

    await expect({ exchange, violations }).toConform();
  });

  for (const { id, check, tags } of [
    { id: 'SHOW-200-STATUS', check: statusIsOk, tags: ['@smoke'] },
    { id: 'SHOW-200-CONTENT-TYPE', check: contentTypeIsJson, tags: ['@smoke'] },
  ] as const) {
    test(clauseTitle(id), clause(id, ...tags), async ({ probes }) => {
      const exchange = await probes.show();

      const violations = check(probes.showContext(exchange));
      await probes.record(violations);

      await expect({ exchange, violations }).toConform();
    });
  }

  for (const { id, check, tags } of semanticCases) {
    test(clauseTitle(id), clause(id, ...tags), async ({ probes }) => {
      const exchange = await probes.show();
      test.skip(jsonBody(exchange) === undefined, 'No JSON body to judge; SHOW-200-STATUS and SHOW-200-SCHEMA report why.');

      const violations = check(probes.showContext(exchange));
      await probes.record(violations);

      await expect({ exchange, violations }).toConform();
    });
  }

  test(clauseTitle('SHOW-200-UNDOCUMENTED'), clause('SHOW-200-UNDOCUMENTED'), async ({ probes, harness }) => {
    const exchange = await probes.show();
    const body = jsonBody(exchange);
    test.skip(body === undefined, 'No JSON body to judge; SHOW-200-STATUS and SHOW-200-SCHEMA report why.');

    const violations = undocumentedPropertiesFollowPolicy(probes.showContext(exchange));
    await probes.record(violations);
    if (harness.config.undocumentedProperties === 'warn' && harness.config.profile === 'compatible') {
      await probes.warnUndocumented(findUndocumentedProperties(body, harness.config.profile));
    }

    await expect({ exchange, violations }).toConform();
  });
});
