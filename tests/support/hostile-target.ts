/**
 * Misbehaving targets: each scenario replies to every request with one fault that a real deployment,
 * or the network in front of it, can produce.
 */
import type http from 'node:http';
import { DOC_EXAMPLE_SHARE_ID } from '../../src/reference-server/seed';

export const HOSTILE_SCENARIOS = [
  'hang',
  'slow-drip',
  'connection-reset',
  'close-mid-body',
  'invalid-json',
  'html-502',
  'huge-body',
  'redirect-other-origin',
  'redirect-loop',
  'rate-limited',
] as const;
export type HostileScenario = (typeof HOSTILE_SCENARIOS)[number];

/** Size of the huge-body scenario's body: 10 MiB. */
export const HUGE_BODY_BYTES = 10 * 1024 * 1024;
const DRIP_INTERVAL_MS = 200;

/**
 * Returns the `override` hook of a mock target for the scenario. `otherOrigin` is where the
 * cross-origin redirect points: another local server, which must receive nothing.
 */
export function hostileOverride(scenario: HostileScenario, otherOrigin: string): (request: http.IncomingMessage, response: http.ServerResponse) => boolean {
  return (request, response) => {
    request.resume();
    switch (scenario) {
      case 'hang':
        // Reads the request and never responds.
        return true;
      case 'slow-drip': {
        const body = JSON.stringify({ shared: { id: DOC_EXAMPLE_SHARE_ID } });
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
        let sent = 0;
        const timer = setInterval(() => {
          if (sent >= body.length || response.destroyed) return clearInterval(timer);
          response.write(body[sent]);
          sent += 1;
        }, DRIP_INTERVAL_MS);
        response.on('close', () => clearInterval(timer));
        return true;
      }
      case 'connection-reset':
        request.socket.resetAndDestroy();
        return true;
      case 'close-mid-body':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': 4096 });
        response.write('{"shared": {"id": "8332443e-', () => response.destroy());
        return true;
      case 'invalid-json':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"shared": {"id": "8332443e-9866-41d8-8a58-a898cf5db030",');
        return true;
      case 'html-502':
        response.writeHead(502, { 'content-type': 'text/html' });
        response.end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
        return true;
      case 'huge-body':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': HUGE_BODY_BYTES });
        response.end(Buffer.alloc(HUGE_BODY_BYTES, 'A'));
        return true;
      case 'redirect-other-origin':
        response.writeHead(302, { location: `${otherOrigin}${request.url ?? '/'}` });
        response.end();
        return true;
      case 'redirect-loop':
        response.writeHead(302, { location: request.url ?? '/' });
        response.end();
        return true;
      case 'rate-limited':
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' });
        response.end(JSON.stringify({ error_code: 'APIG.0308', error_msg: 'The request is throttled.', request_id: 'req-hostile-429' }));
        return true;
    }
  };
}
