/**
 * A target for end-to-end runs of the harness: the reference routes behind the authentication of
 * a real deployment. It accepts a static token, a token issued by the IAM mock, or an AK/SK
 * signature it verifies independently, and records every request it receives.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { handleRequest, jsonReply, type Reply } from '../../src/reference-server/routes';
import { SEED_PROJECTS, type SeedProject, seedShares } from '../../src/reference-server/seed';
import { type KeyPair, verifySdkHmac } from './sdk-hmac-verifier';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface SigningAccount extends KeyPair {
  /** Project the key pair acts for. */
  project: SeedProject;
}

export interface MockTargetOptions {
  /** Projects and the static tokens the target accepts; defaults to the reference seed. */
  projects?: readonly SeedProject[];
  signingAccounts?: readonly SigningAccount[];
  tls?: { key: string; cert: string };
  /** Handles a request itself for a fault scenario and returns true, or returns false to leave it to the normal routes. */
  override?: (request: http.IncomingMessage, response: http.ServerResponse) => boolean;
}

export interface MockTarget {
  baseUrl: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

function gatewayUnauthorized(reason: string): Reply {
  return jsonReply(401, { error_code: 'APIG.0301', error_msg: `Incorrect IAM authentication information: ${reason}`, request_id: 'req-mock-target-0000' });
}

export async function startMockTarget(options: MockTargetOptions = {}): Promise<MockTarget> {
  const projects = options.projects ?? SEED_PROJECTS;
  const store = { projects, shares: seedShares() };
  const received: ReceivedRequest[] = [];

  const handler: http.RequestListener = (request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    if (options.override?.(request, response)) return;

    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;

      let reply: Reply | undefined;
      if (headers.authorization?.startsWith('SDK-HMAC-SHA256')) {
        const verdict = verifySdkHmac(request, Buffer.concat(chunks), options.signingAccounts ?? []);
        if (verdict.ok) {
          const account = options.signingAccounts?.find((candidate) => candidate.accessKey === verdict.accessKey);
          headers['x-auth-token'] = account?.project.token;
        } else {
          reply = gatewayUnauthorized(verdict.reason);
        }
      }
      reply ??= handleRequest(store, { method: request.method ?? 'GET', rawPath: request.url ?? '/', headers });
      response.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) });
      response.end(request.method === 'HEAD' ? '' : reply.body);
    });
  };

  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    received,
    close: () => closeServer(server),
  };
}

/** Closes a server and every connection still open, including ones a fault scenario left hanging. */
export async function closeServer(server: http.Server | https.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
