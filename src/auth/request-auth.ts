/**
 * Credentials of the configured mode, applied to each request. Signing happens per request, so the
 * signature covers the method, path and headers that probe really sends, negative probes included.
 */
import type { HarnessConfig } from '../config/config';
import { ConfigError } from '../config/errors';
import { registerSecret } from '../http/redact';
import { signRequest } from './sdk-hmac-signer';

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
}

/** Returns the headers that authenticate one request. */
export type RequestAuth = (request: OutgoingRequest) => Record<string, string>;

/**
 * Environment variable that hands the IAM token of password mode from the main process, which
 * fetches it once in global setup, to the workers. Internal: users never set it.
 */
export const ISSUED_TOKEN_VARIABLE = 'VBS_IAM_ISSUED_TOKEN';

export function tokenAuth(token: string): RequestAuth {
  return () => ({ 'X-Auth-Token': token });
}

/** Builds the hook of the configured mode. In password mode the token comes from global setup. */
export function requestAuthFor(config: HarnessConfig, env: NodeJS.ProcessEnv = process.env): RequestAuth {
  const { auth } = config;
  switch (auth.mode) {
    case 'token':
      return tokenAuth(auth.token);
    case 'password': {
      const token = env[ISSUED_TOKEN_VARIABLE];
      if (!token) {
        throw new ConfigError([
          {
            variable: ISSUED_TOKEN_VARIABLE,
            problem: 'is not set, so no IAM token was fetched for VBS_AUTH_MODE=password',
            fix: 'Run the suite through `npm run conformance` or `npx playwright test`, whose global setup fetches the token.',
          },
        ]);
      }
      registerSecret(token);
      return tokenAuth(token);
    }
    case 'aksk': {
      const credentials = { accessKey: auth.accessKey, secretKey: auth.secretKey, securityToken: auth.securityToken };
      return (request) => signRequest(request, credentials);
    }
  }
}
