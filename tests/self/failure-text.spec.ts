/**
 * The matcher's failure text is part of the contract. For representative faults it is compared
 * with committed snapshots, so a change that drops evidence from a message is seen in review.
 * Ports and durations vary between runs and are replaced by placeholders first.
 */
import { doesNotRevealShare, runErrorChecks } from '../../src/checks/error-response';
import { bodyMatchesSchema, runShowChecks } from '../../src/checks/show-share';
import type { ShowCheckContext } from '../../src/checks/context';
import type { Profile } from '../../src/config/values';
import type { Exchange } from '../../src/http/exchange';
import { ShareClient } from '../../src/http/share-client';
import { type Fault, faultTransform, findFault } from '../../src/reference-server/faults';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, DOCUMENTED_SHARE_ID } from '../../src/reference-server/seed';
import { formatVerdict } from '../support/matchers';
import { expect, test as base } from '../support/reference-servers';

const UNKNOWN_SHARE_ID = '00000000-0000-4000-8000-00000000dead';
const SHORT_BUDGET_MS = 1000;

function fault(name: string): Fault {
  const found = findFault(name);
  if (!found) throw new Error(`No fault named ${name} in the catalogue.`);
  return found;
}

/** Replaces what varies between runs: the port, the duration and the JSON parser's wording, which is V8's. */
function normalise(text: string): string {
  return text
    .replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:<port>')
    .replace(/\(\d+ ms\)/g, '(<n> ms)')
    .replace(/invalid JSON \(.*\)$/gm, 'invalid JSON (<parser message>)');
}

/** A client of a reference server with the named fault planted. */
const test = base.extend<{ faultyClient: (faultName: string) => Promise<ShareClient> }>({
  faultyClient: async ({ startServer, request }, use) => {
    await use(async (faultName) => {
      const baseUrl = await startServer({ transform: faultTransform(fault(faultName), SHORT_BUDGET_MS) });
      return new ShareClient(request, { baseUrl, authToken: DOC_EXAMPLE_FROM.token, timeoutMs: SHORT_BUDGET_MS, allowUnsafeMethods: true });
    });
  },
});

function showContext(exchange: Exchange, shareId: string, profile: Profile = 'compatible'): ShowCheckContext {
  return { exchange, projectId: DOC_EXAMPLE_FROM.id, shareId, profile, timestampZone: 'zoneless' };
}

test.describe('failure text', () => {
  test.describe.configure({ mode: 'parallel' });

  test('size as string', async ({ faultyClient }) => {
    const client = await faultyClient('size-as-string');

    const exchange = await client.show(DOC_EXAMPLE_FROM.id, DOC_EXAMPLE_SHARE_ID);
    const violations = runShowChecks(showContext(exchange, DOC_EXAMPLE_SHARE_ID));

    expect(normalise(formatVerdict({ exchange, violations }))).toMatchSnapshot('size-as-string.txt');
  });

  test('extra property under documented', async ({ faultyClient }) => {
    const client = await faultyClient('extra-property');

    const exchange = await client.show(DOC_EXAMPLE_FROM.id, DOCUMENTED_SHARE_ID);
    const violations = bodyMatchesSchema(showContext(exchange, DOCUMENTED_SHARE_ID, 'documented'));

    expect(normalise(formatVerdict({ exchange, violations }))).toMatchSnapshot('extra-property.txt');
  });

  test('truncated JSON', async ({ faultyClient }) => {
    const client = await faultyClient('truncated-json');

    const exchange = await client.show(DOC_EXAMPLE_FROM.id, DOC_EXAMPLE_SHARE_ID);
    const violations = runShowChecks(showContext(exchange, DOC_EXAMPLE_SHARE_ID));

    expect(normalise(formatVerdict({ exchange, violations }))).toMatchSnapshot('truncated-json.txt');
  });

  test('response slower than the budget', async ({ faultyClient }) => {
    const client = await faultyClient('slow-response');

    const exchange = await client.show(DOC_EXAMPLE_FROM.id, DOC_EXAMPLE_SHARE_ID);
    const violations = runShowChecks(showContext(exchange, DOC_EXAMPLE_SHARE_ID));

    expect(normalise(formatVerdict({ exchange, violations }))).toMatchSnapshot('slow-response.txt');
  });

  test('share without a token', async ({ faultyClient }) => {
    const client = await faultyClient('no-token-200');

    const exchange = await client.send({ method: 'GET', projectId: DOC_EXAMPLE_FROM.id, rawShareSegment: DOC_EXAMPLE_SHARE_ID, credentials: { kind: 'none' } });
    const violations = [...runErrorChecks(exchange, { clause: 'SHOW-401-NO-TOKEN', allowed: [401] }), ...doesNotRevealShare(exchange, 'SHOW-401-NO-TOKEN', DOC_EXAMPLE_SHARE_ID)];

    expect(normalise(formatVerdict({ exchange, violations }))).toMatchSnapshot('no-token-200.txt');
  });

  test('HTML error page', async ({ faultyClient }) => {
    const client = await faultyClient('html-error-page');

    const exchange = await client.show(DOC_EXAMPLE_FROM.id, UNKNOWN_SHARE_ID);
    const violations = runErrorChecks(exchange, { clause: 'SHOW-404-UNKNOWN-ID', allowed: [404] });

    expect(normalise(formatVerdict({ exchange, violations }))).toMatchSnapshot('html-error-page.txt');
  });

  test('unknown id returns 500', async ({ faultyClient }) => {
    const client = await faultyClient('unknown-id-500');

    const exchange = await client.show(DOC_EXAMPLE_FROM.id, UNKNOWN_SHARE_ID);
    const violations = runErrorChecks(exchange, { clause: 'SHOW-404-UNKNOWN-ID', allowed: [404] });

    expect(normalise(formatVerdict({ exchange, violations }))).toMatchSnapshot('unknown-id-500.txt');
  });
});
