import type { APIRequestContext } from '@playwright/test';
import type { RequestAuth } from '../auth/request-auth';
import type { HarnessConfig } from '../config/config';
import { ShareClient } from './share-client';

/** Builds the client of a run from its configuration: credentials, extra headers and request budget. */
export function configuredClient(request: APIRequestContext, config: HarnessConfig, baseUrl: string, auth: RequestAuth, allowUnsafeMethods: boolean): ShareClient {
  return new ShareClient(request, {
    baseUrl,
    authToken: config.authToken,
    auth,
    extraHeaders: config.transport.extraHeaders,
    timeoutMs: config.timeoutMs,
    allowUnsafeMethods,
  });
}
