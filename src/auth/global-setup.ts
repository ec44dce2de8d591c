/**
 * Playwright global setup, in the main process before any worker starts. Against a real target it
 * fetches the IAM token of password mode once and hands it to the workers through the environment,
 * then checks the credentials with one GET. Rejected credentials stop the run with one message
 * instead of one failed test per probe.
 */
import { request } from '@playwright/test';
import { loadConfig } from '../config/config';
import { registerSecret } from '../http/redact';
import { checkCredentials, CredentialsRejectedError } from './credential-check';
import { fetchIamToken, IamAuthError } from './iam-token';
import { ISSUED_TOKEN_VARIABLE, requestAuthFor } from './request-auth';

/** Exit code of a run stopped by rejected credentials; the same as for invalid configuration, as no probe ran. */
const CREDENTIALS_EXIT_CODE = 2;

export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const { auth, target, transport } = config;
  if (target.kind !== 'remote') return;

  const context = await request.newContext({
    ignoreHTTPSErrors: config.insecureTls,
    proxy: transport.proxyUrl ? { server: transport.proxyUrl } : undefined,
  });
  try {
    if (auth.mode === 'password') {
      const token = await fetchIamToken(context, { ...auth, projectId: config.projectId }, config.timeoutMs);
      registerSecret(token);
      process.env[ISSUED_TOKEN_VARIABLE] = token;
    }
    await checkCredentials(context, config, target.baseUrl, requestAuthFor(config));
  } catch (error) {
    if (!(error instanceof IamAuthError || error instanceof CredentialsRejectedError)) throw error;
    console.error(`${error.message}\nThe suite did not run.`);
    process.exit(CREDENTIALS_EXIT_CODE);
  } finally {
    await context.dispose();
  }
}
