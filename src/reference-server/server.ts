/** The embedded reference server: the documented endpoint over HTTP on the loopback interface. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type IncomingProbe, type Reply, type ShareStore, handleRequest } from './routes';
import { SEED_PROJECTS, seedShares } from './seed';

/** Rewrites the reply of the correct server; the store is passed so a transform can look up other shares. */
export type ReplyTransform = (reply: Reply, probe: IncomingProbe, store: ShareStore) => Reply;

export interface ReferenceServerOptions {
  store?: ShareStore;
  /** Rewrites every reply before it is sent; the hook for planted faults. */
  transform?: ReplyTransform;
  /** Called once per request with a log line that contains no credential. */
  log?: (line: string) => void;
}

export function createReferenceServer(options: ReferenceServerOptions = {}): http.Server {
  const store = options.store ?? { projects: SEED_PROJECTS, shares: seedShares() };
  return http.createServer((request, response) => {
    const started = Date.now();
    const probe: IncomingProbe = {
      method: request.method ?? 'GET',
      rawPath: request.url ?? '/',
      headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value])),
    };
    // The request body is never used; it is drained so the connection can be reused.
    request.resume();
    request.on('end', () => {
      const base = handleRequest(store, probe);
      const reply = options.transform ? options.transform(base, probe, store) : base;
      const send = (): void => {
        const body = probe.method.toUpperCase() === 'HEAD' ? '' : reply.body;
        response.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) });
        response.end(body);
        options.log?.(`${probe.method} ${probe.rawPath.slice(0, 200)} ${reply.status} ${Date.now() - started}ms`);
      };
      if (!reply.delayMs) {
        send();
        return;
      }
      const timer = setTimeout(send, reply.delayMs);
      // A client that gave up closes the socket; the late reply is then dropped instead of written.
      response.on('close', () => clearTimeout(timer));
    });
  });
}

/** Starts a server on 127.0.0.1 and the given port (0 picks a free one); resolves with its base URL. */
export async function listen(server: http.Server, port = 0): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return `http://127.0.0.1:${actual}`;
}
