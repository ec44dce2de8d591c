/**
 * The client's safety properties: unsafe methods are rejected before anything is sent, whatever
 * the auth mode, and credentials are masked in the exchange even when the target echoes them.
 */
import { test as base, expect } from '@playwright/test';
import { type RequestAuth, tokenAuth } from '../../src/auth/request-auth';
import { signRequest } from '../../src/auth/sdk-hmac-signer';
import { describeStatus, type RecordedResponse } from '../../src/http/exchange';
import { MASK, redact, registerSecret } from '../../src/http/redact';
import { ShareClient, UnsafeMethodError } from '../../src/http/share-client';
import { describeTransportFailure } from '../../src/http/transport-failure';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID } from '../../src/reference-server/seed';
import { type MockTarget, startMockTarget } from '../support/mock-target';

const SIGNING = { accessKey: 'AKSHARECLIENTSPEC01', secretKey: 'share-client-spec-secret' };

const test = base.extend<{ target: MockTarget }>({
  target: async ({}, use) => {
    const target = await startMockTarget({ signingAccounts: [{ ...SIGNING, project: DOC_EXAMPLE_FROM }] });
    await use(target);
    await target.close();
  },
});

const AUTH_MODES: { name: string; auth: RequestAuth }[] = [
  { name: 'token', auth: tokenAuth(DOC_EXAMPLE_FROM.token) },
  { name: 'aksk', auth: (request) => signRequest(request, SIGNING) },
];

for (const { name, auth } of AUTH_MODES) {
  test(`read-only client in ${name} mode`, async ({ request, target }) => {
    const client = new ShareClient(request, { baseUrl: target.baseUrl, authToken: '', auth, timeoutMs: 5000, allowUnsafeMethods: false });
    const probe = { projectId: DOC_EXAMPLE_FROM.id, rawShareSegment: DOC_EXAMPLE_SHARE_ID, credentials: { kind: 'configured' } as const };

    for (const method of ['PUT', 'PATCH', 'POST', 'DELETE']) {
      await expect(client.send({ ...probe, method })).rejects.toThrow(UnsafeMethodError);
    }
    expect(target.received).toEqual([]);

    const statuses: number[] = [];
    for (const method of ['GET', 'HEAD', 'OPTIONS']) statuses.push((await client.send({ ...probe, method })).response?.status ?? 0);
    expect(target.received.map((received) => received.method)).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
  });
}

test('echoed credentials are masked', async ({ request }) => {
  const token = 'share-client-spec-echoed-token';
  registerSecret(token);
  const target = await startMockTarget({
    override: (incoming, response) => {
      incoming.resume();
      const echoed = `${incoming.headers['x-auth-token'] ?? ''} ${incoming.headers.authorization ?? ''}`;
      response.writeHead(401, { 'content-type': 'application/json', 'x-echo': echoed });
      response.end(JSON.stringify({ error_msg: `bad credentials: ${echoed}` }));
      return true;
    },
  });
  const signingClient = new ShareClient(request, { baseUrl: target.baseUrl, authToken: '', auth: (outgoing) => signRequest(outgoing, SIGNING), timeoutMs: 5000, allowUnsafeMethods: false });
  const tokenClient = new ShareClient(request, { baseUrl: target.baseUrl, authToken: token, timeoutMs: 5000, allowUnsafeMethods: false });

  const signed = await signingClient.show(DOC_EXAMPLE_FROM.id, DOC_EXAMPLE_SHARE_ID);
  const withToken = await tokenClient.show(DOC_EXAMPLE_FROM.id, DOC_EXAMPLE_SHARE_ID);
  await target.close();

  const signature = /Signature=([0-9a-f]{64})/.exec(String(target.received[0]?.headers.authorization))?.[1] ?? 'missing';
  const signedRecord = JSON.stringify(signed);
  expect(signedRecord).not.toContain(signature);
  expect(signedRecord).toContain(MASK);
  const tokenRecord = JSON.stringify(withToken);
  expect(tokenRecord).not.toContain(token);
  expect(withToken.request.headers['X-Auth-Token']).toBe(MASK);
  expect(withToken.response?.body).toEqual({ kind: 'json', value: { error_msg: `bad credentials: ${MASK} ` } });
});

test('percent-encoded secrets are masked', () => {
  registerSecret('spec secret/with+symbols');

  expect(redact('a=spec%20secret%2Fwith%2Bsymbols&b=1')).toBe(`a=${MASK}&b=1`);
});

test('transport failures name their cause', () => {
  const cases = [
    { error: 'Timeout 1000ms exceeded.', named: 'timed out: no complete response within 1000 ms (VBS_TIMEOUT_MS)' },
    { error: 'read ECONNRESET', named: 'connection reset by the target' },
    { error: 'aborted', named: 'connection closed before the response was complete' },
    { error: 'self-signed certificate', named: 'TLS certificate not trusted' },
    { error: 'connect ECONNREFUSED 127.0.0.1:9', named: 'connection refused' },
  ];

  for (const { error, named } of cases) {
    expect(describeTransportFailure(error, 1000)).toContain(named);
    expect(describeTransportFailure(error, 1000)).toContain(error);
  }
});

test('statuses name redirects and rate limits', () => {
  const response = (status: number, headers: Record<string, string>): RecordedResponse => ({ status, statusText: '', headers, bodyText: '', bodyBytes: 0, body: { kind: 'empty' } });

  expect(describeStatus(response(302, { location: 'https://elsewhere.example/x' }))).toBe('302 redirect to https://elsewhere.example/x (not followed, so credentials stay with the configured origin)');
  expect(describeStatus(response(429, { 'retry-after': '30' }))).toContain('429 rate limited, Retry-After: 30');
  expect(describeStatus(response(502, { 'content-type': 'text/html; charset=utf-8' }))).toBe('502 with a text/html body instead of JSON');
  expect(describeStatus(response(404, { 'content-type': 'application/json' }))).toBe('404');
});
