/**
 * Playwright global setup of password mode: fetches the IAM token once in the main process, before
 * any worker starts, and hands it to the workers through the environment. A failure stops the run
 * with one message instead of one failed test per probe.
 */
import { request } from '@playwright/test';
import { loadConfig } from '../config/config';
import { registerSecret } from '../http/redact';
import { fetchIamToken, IamAuthError } from './iam-token';
import { ISSUED_TOKEN_VARIABLE } from './request-auth';

/** Exit code of a run stopped by IAM; the same as for invalid configuration, as no probe was sent. */
const IAM_FAILURE_EXIT_CODE = 2;

export default async function iamGlobalSetup(): Promise<void> {
  const config = loadConfig();
  const { auth, transport } = config;
  if (auth.mode !== 'password') return;

  const context = await request.newContext({
    ignoreHTTPSErrors: config.insecureTls,
    proxy: transport.proxyUrl ? { server: transport.proxyUrl } : undefined,
  });
  try {
    const token = await fetchIamToken(context, { ...auth, projectId: config.projectId }, config.timeoutMs);
    registerSecret(token);
    process.env[ISSUED_TOKEN_VARIABLE] = token;
  } catch (error) {
    if (!(error instanceof IamAuthError)) throw error;
    console.error(`${error.message}\nNo request was sent to the target.`);
    process.exit(IAM_FAILURE_EXIT_CODE);
  } finally {
    await context.dispose();
  }
}
