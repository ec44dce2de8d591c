/**
 * False-failure corpus: the whole conformance suite must pass against a reference server that
 * serves each real body, each legitimate variant and each known error style.
 */
import { handleRequest } from '../../src/reference-server/routes';
import { CORPUS, serveEntry } from '../support/corpus';
import { expect, test } from '../support/reference-servers';
import { describeNonPassing, runSuite } from '../support/suite-outcome';

test.describe.configure({ mode: 'parallel' });

test('corpus is served verbatim', () => {
  for (const entry of CORPUS) {
    const served = serveEntry(entry);
    const path = `/v2/${served.caller.id}/os-vendor-backup-sharing/`;
    const headers = { 'x-auth-token': served.caller.token };

    const share = handleRequest(served.store, { method: 'GET', rawPath: path + served.share.shared.id, headers });
    const unknown = handleRequest(served.store, { method: 'GET', rawPath: `${path}00000000-0000-4000-8000-00000000dead`, headers });

    expect(served.transform(share, { method: 'GET', rawPath: path, headers }, served.store).body, entry.name).toBe(entry.bodyText);
    expect(served.transform(unknown, { method: 'GET', rawPath: path, headers }, served.store).body === unknown.body, entry.name).toBe(entry.errorStyle === undefined);
  }
});

for (const entry of CORPUS) {
  test(`corpus passes: ${entry.name}`, async ({ startServer, workDir }) => {
    test.setTimeout(120_000);
    const served = serveEntry(entry);
    const baseUrl = await startServer({ store: served.store, transform: served.transform });

    const outcome = await runSuite(workDir, {
      VBS_BASE_URL: baseUrl,
      VBS_PROJECT_ID: served.caller.id,
      VBS_SHARE_ID: served.share.shared.id,
      VBS_AUTH_TOKEN: served.caller.token,
      VBS_OTHER_PROJECT_SHARE_ID: served.unrelated.shared.id,
      VBS_ALLOW_UNSAFE_METHODS: 'true',
      VBS_PROFILE: entry.profile,
    });

    expect(outcome.tests.length, 'the suite ran no test').toBeGreaterThan(0);
    expect(outcome.tests.filter((result) => result.status !== 'passed'), describeNonPassing(outcome)).toEqual([]);
    expect(outcome.exitCode).toBe(0);
  });
}
