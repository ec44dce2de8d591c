/**
 * Command-line entry of the reference server. PORT sets the port (default 0: a free one);
 * VBS_LOG_LEVEL=debug logs one line per request to stderr. The listening line on stdout is what
 * Playwright's webServer waits for.
 */
import { createReferenceServer, listen } from './server';

async function main(): Promise<void> {
  const rawPort = process.env.PORT ?? '0';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65_535) {
    console.error(`Invalid PORT ${JSON.stringify(rawPort)}: use a number from 0 to 65535 (0 picks a free port).`);
    process.exit(2);
  }
  const debug = process.env.VBS_LOG_LEVEL === 'debug';
  const server = createReferenceServer({ log: debug ? (line) => console.error(`[reference-server] ${line}`) : undefined });
  try {
    const url = await listen(server, port);
    console.log(`VBS reference server listening on ${url} port ${url.split(':').pop()}`);
  } catch (error) {
    console.error(`Reference server failed to listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const stop = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
