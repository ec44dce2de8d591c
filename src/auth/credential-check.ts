/**
 * One request with the configured credentials before the suite starts. Rejected credentials would
 * otherwise fail every probe with the same 401, so they stop the run with one message instead.
 */
import type { APIRequestContext } from '@playwright/test';
import type { HarnessConfig } from '../config/config';
import { describeExchange } from '../http/exchange';
import { redact } from '../http/redact';
import { configuredClient } from '../http/configured-client';
import type { RequestAuth } from './request-auth';

export class CredentialsRejectedError extends Error {
  constructor(message: string) {
    super(redact(message));
    this.name = 'CredentialsRejectedError';
  }
}

const SETTINGS_BY_MODE = {
  token: 'VBS_AUTH_TOKEN (it may have expired; IAM tokens last 24 hours) and VBS_PROJECT_ID',
  password: 'VBS_PROJECT_ID and that the IAM user may read backups in it (IAM issued a token, but the target rejected it)',
  aksk: 'VBS_ACCESS_KEY, VBS_SECRET_KEY, VBS_SECURITY_TOKEN for temporary credentials, and the clock of this machine (the signature date must be within 15 minutes)',
} as const;

const DETAIL_CHARS = 200;

/**
 * Sends the documented GET once. Throws CredentialsRejectedError on 401; any other outcome, a
 * transport failure included, is left for the suite's checks to report.
 */
export async function checkCredentials(request: APIRequestContext, config: HarnessConfig, baseUrl: string, auth: RequestAuth): Promise<void> {
  const client = configuredClient(request, config, baseUrl, auth, false);
  const exchange = await client.show(config.projectId, config.shareId);
  if (exchange.response?.status !== 401) return;

  const body = exchange.response.bodyText.trim();
  const detail = body ? `: ${body.length > DETAIL_CHARS ? `${body.slice(0, DETAIL_CHARS)}...` : body}` : '';
  throw new CredentialsRejectedError(
    `The target rejected the configured credentials (VBS_AUTH_MODE=${config.auth.mode}): ${describeExchange(exchange)}${detail}\nCheck ${SETTINGS_BY_MODE[config.auth.mode]}.`,
  );
}
