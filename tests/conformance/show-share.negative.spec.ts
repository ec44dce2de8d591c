/**
 * Negative probes: unknown and malformed ids, missing and invalid credentials, another project's
 * share and unsupported methods. Each expects a status set, a known error body and no 5xx.
 */
import { doesNotRevealShare, runErrorChecks } from '../../src/checks/error-response';
import { clauseTitle } from '../../src/contract/clauses';
import { SAFE_METHODS } from '../../src/http/share-client';
import { clause, expect, test } from '../support/fixtures';

/** A well-formed share id that no seed uses and no real target is expected to hold. */
const UNKNOWN_SHARE_ID = '00000000-0000-4000-8000-00000000dead';

/** Malformed share ids, already percent-encoded as one path segment. */
const MALFORMED_IDS = [
  { name: 'not a UUID', segment: 'not-a-share-id' },
  { name: 'overlong', segment: `${UNKNOWN_SHARE_ID}${'0'.repeat(300)}` },
  { name: 'path-like', segment: '..%2F..%2Fos-vendor-backup-sharing%2Fdetail' },
] as const;

/** Methods the show resource does not support. DELETE is left out: on this path it cancels a share. */
const UNSUPPORTED_METHODS = ['PUT', 'PATCH', 'POST'] as const;

test.describe('show backup share: negative probes', () => {
  test(clauseTitle('SHOW-404-UNKNOWN-ID'), clause('SHOW-404-UNKNOWN-ID', '@negative', '@smoke'), async ({ probes }) => {
    const exchange = await probes.show(UNKNOWN_SHARE_ID);

    const violations = runErrorChecks(exchange, { clause: 'SHOW-404-UNKNOWN-ID', allowed: [404] });
    await probes.record(violations);

    await expect({ exchange, violations }).toConform();
  });

  for (const { name, segment } of MALFORMED_IDS) {
    test(clauseTitle('SHOW-4XX-MALFORMED-ID', name), clause('SHOW-4XX-MALFORMED-ID', '@negative'), async ({ probes, harness }) => {
      const exchange = await probes.send({ method: 'GET', projectId: harness.config.projectId, rawShareSegment: segment, credentials: { kind: 'configured' } });

      const violations = runErrorChecks(exchange, { clause: 'SHOW-4XX-MALFORMED-ID', allowed: [400, 404] });
      await probes.record(violations);

      await expect({ exchange, violations }).toConform();
    });
  }

  test(clauseTitle('SHOW-401-NO-TOKEN'), clause('SHOW-401-NO-TOKEN', '@negative', '@smoke'), async ({ probes, harness }) => {
    const { projectId, shareId } = harness.config;
    const exchange = await probes.send({ method: 'GET', projectId, rawShareSegment: shareId, credentials: { kind: 'none' } });

    const violations = [...runErrorChecks(exchange, { clause: 'SHOW-401-NO-TOKEN', allowed: [401] }), ...doesNotRevealShare(exchange, 'SHOW-401-NO-TOKEN', shareId)];
    await probes.record(violations);

    await expect({ exchange, violations }).toConform();
  });

  test(clauseTitle('SHOW-401-BAD-TOKEN'), clause('SHOW-401-BAD-TOKEN', '@negative'), async ({ probes, harness }) => {
    const { projectId, shareId } = harness.config;
    const exchange = await probes.send({ method: 'GET', projectId, rawShareSegment: shareId, credentials: { kind: 'token', token: 'invalid-token-for-conformance-probe' } });

    const violations = [...runErrorChecks(exchange, { clause: 'SHOW-401-BAD-TOKEN', allowed: [401] }), ...doesNotRevealShare(exchange, 'SHOW-401-BAD-TOKEN', shareId)];
    await probes.record(violations);

    await expect({ exchange, violations }).toConform();
  });

  test(clauseTitle('SHOW-403-OTHER-PROJECT'), clause('SHOW-403-OTHER-PROJECT', '@negative', '@smoke'), async ({ probes, harness }) => {
    const otherShareId = harness.config.otherProjectShareId;
    test.skip(otherShareId === undefined, 'VBS_OTHER_PROJECT_SHARE_ID is not set: no share of another project to probe.');
    if (otherShareId === undefined) return;

    const exchange = await probes.show(otherShareId);

    const violations = [...runErrorChecks(exchange, { clause: 'SHOW-403-OTHER-PROJECT', allowed: [403, 404] }), ...doesNotRevealShare(exchange, 'SHOW-403-OTHER-PROJECT', otherShareId)];
    await probes.record(violations);

    await expect({ exchange, violations }).toConform();
  });

  for (const method of UNSUPPORTED_METHODS) {
    test(clauseTitle('SHOW-405-METHOD', method), clause('SHOW-405-METHOD', '@negative'), async ({ probes, harness }) => {
      const { config } = harness;
      const unsafe = !SAFE_METHODS.has(method);
      test.skip(
        unsafe && config.target.kind === 'remote' && !config.allowUnsafeMethods,
        `${method} could change data on a real target; set VBS_ALLOW_UNSAFE_METHODS=true to send it.`,
      );

      const exchange = await probes.send({ method, projectId: config.projectId, rawShareSegment: config.shareId, credentials: { kind: 'configured' } });

      const violations = runErrorChecks(exchange, { clause: 'SHOW-405-METHOD', allowed: [405] });
      await probes.record(violations);

      await expect({ exchange, violations }).toConform();
    });
  }
});
