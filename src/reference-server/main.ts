/**
 * Command-line entry of the reference server. PORT sets the port (default 0: a free one), and
 * VBS_LOG_LEVEL=debug logs one line per request to stderr. VBS_REFERENCE_FAULT plants a fault of
 * the catalogue in src/reference-server/faults.ts. VBS_TIMEOUT_MS is the harness's request budget,
 * which the slow fault outlasts. Playwright's webServer waits for the listening line on stdout.
 */
import { DEFAULT_TIMEOUT_MS } from '../config/config';
import { type Fault, FAULT_NAMES, faultTransform, findFault } from './faults';
import { createReferenceServer, listen } from './server';

/** Returns the fault named by VBS_REFERENCE_FAULT, or exits with the list of valid names. */
function selectFault(): Fault | undefined {
  const name = process.env.VBS_REFERENCE_FAULT?.trim();
  if (!name) return undefined;
  const fault = findFault(name);
  if (!fault) {
    console.error(`Invalid VBS_REFERENCE_FAULT ${JSON.stringify(name)}: use one of ${FAULT_NAMES.join(', ')}, or unset it for a correct server.`);
    process.exit(2);
  }
  return fault;
}

function requestBudgetMs(): number {
  const raw = process.env.VBS_TIMEOUT_MS?.trim() ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : DEFAULT_TIMEOUT_MS;
}

async function main(): Promise<void> {
  const rawPort = process.env.PORT ?? '0';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65_535) {
    console.error(`Invalid PORT ${JSON.stringify(rawPort)}: use a number from 0 to 65535 (0 picks a free port).`);
    process.exit(2);
  }
  const debug = process.env.VBS_LOG_LEVEL === 'debug';
  const fault = selectFault();
  const server = createReferenceServer({
    log: debug ? (line) => console.error(`[reference-server] ${line}`) : undefined,
    transform: fault ? faultTransform(fault, requestBudgetMs()) : undefined,
  });
  // On stderr, so that the output of a run against a faulty server always shows the fault.
  if (fault) console.error(`[reference-server] planted fault ${fault.name}: ${fault.description}`);
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
