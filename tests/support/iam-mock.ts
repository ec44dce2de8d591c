/**
 * A Keystone v3 token endpoint for password mode: `POST /v3/auth/tokens` with a password identity
 * scoped to a project returns 201 and the token in X-Subject-Token; anything else returns 401.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from './mock-target';

export interface IamUser {
  name: string;
  password: string;
  domain: string;
  projectId: string;
  /** Token issued for this user and project. */
  token: string;
}

export interface IamMock {
  baseUrl: string;
  /** Method and path of every request received. */
  received: string[];
  close(): Promise<void>;
}

interface TokenRequest {
  auth?: {
    identity?: { methods?: unknown; password?: { user?: { name?: unknown; password?: unknown; domain?: { name?: unknown } } } };
    scope?: { project?: { id?: unknown } };
  };
}

export async function startIamMock(users: readonly IamUser[]): Promise<IamMock> {
  const received: string[] = [];
  const server = http.createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      };
      if (request.method !== 'POST' || request.url !== '/v3/auth/tokens') {
        reply(404, { error: { code: 404, message: 'The resource could not be found.', title: 'Not Found' } });
        return;
      }
      let body: TokenRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TokenRequest;
      } catch {
        reply(400, { error: { code: 400, message: 'Malformed JSON', title: 'Bad Request' } });
        return;
      }
      const identity = body.auth?.identity;
      const user = identity?.password?.user;
      const match = users.find(
        (candidate) =>
          Array.isArray(identity?.methods) &&
          identity.methods.includes('password') &&
          user?.name === candidate.name &&
          user.password === candidate.password &&
          user.domain?.name === candidate.domain &&
          body.auth?.scope?.project?.id === candidate.projectId,
      );
      if (!match) {
        reply(401, { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } });
        return;
      }
      reply(201, { token: { methods: ['password'], project: { id: match.projectId }, expires_at: new Date(Date.now() + 3_600_000).toISOString() } }, { 'x-subject-token': match.token });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, received, close: () => closeServer(server) };
}
