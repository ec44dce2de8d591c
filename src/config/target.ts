import { ConfigError } from './errors';
import type { HarnessConfig } from './config';

/** Environment variable through which Playwright's webServer hands the reference server's port to workers. */
export const REFERENCE_PORT_VARIABLE = 'VBS_REFERENCE_PORT';

/** Returns the base URL of the target: the configured one, or the embedded reference server's. */
export function resolveBaseUrl(config: HarnessConfig, env: NodeJS.ProcessEnv = process.env): string {
  if (config.target.kind === 'remote') return config.target.baseUrl;
  const port = env[REFERENCE_PORT_VARIABLE];
  if (!port || !/^\d+$/.test(port)) {
    throw new ConfigError([
      {
        variable: REFERENCE_PORT_VARIABLE,
        problem: 'is not set, so the embedded reference server did not start',
        fix: 'Run the suite through `npm run conformance` or `npx playwright test`, which start it, or set VBS_BASE_URL.',
      },
    ]);
  }
  return `http://127.0.0.1:${port}`;
}

/** Describes the target for reports: the base URL, or the embedded server. Never contains credentials. */
export function describeTarget(config: HarnessConfig): string {
  if (config.target.kind === 'remote') return config.target.baseUrl;
  // A run against a deliberately broken server must never read like a run against a correct one.
  return config.referenceFault ? `embedded reference server (127.0.0.1) with planted fault ${config.referenceFault}` : 'embedded reference server (127.0.0.1)';
}
