/**
 * The IAM token of password mode: one Keystone v3 `POST /v3/auth/tokens` with a password identity
 * scoped to the project, made once per run. The token is read from the X-Subject-Token header.
 */
import type { APIRequestContext } from '@playwright/test';
import { redact } from '../http/redact';

export interface PasswordIdentity {
  iamUrl: string;
  userName: string;
  password: string;
  userDomain: string;
  projectId: string;
}

/** Raised when IAM does not issue a token; the message names the cause and what to check. */
export class IamAuthError extends Error {
  constructor(message: string) {
    super(redact(message));
    this.name = 'IamAuthError';
  }
}

export function tokenRequestUrl(iamUrl: string): string {
  return `${iamUrl}/v3/auth/tokens`;
}

export function tokenRequestBody(identity: PasswordIdentity): unknown {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: identity.userName, password: identity.password, domain: { name: identity.userDomain } } },
      },
      scope: { project: { id: identity.projectId } },
    },
  };
}

const SETTINGS_TO_CHECK = 'VBS_IAM_USER_NAME, VBS_IAM_PASSWORD, VBS_IAM_USER_DOMAIN and VBS_PROJECT_ID';

/** Requests a project-scoped token; throws IamAuthError with one clear message on any failure. */
export async function fetchIamToken(request: APIRequestContext, identity: PasswordIdentity, timeoutMs: number): Promise<string> {
  const url = tokenRequestUrl(identity.iamUrl);
  let response;
  try {
    response = await request.post(url, {
      data: tokenRequestBody(identity),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      timeout: timeoutMs,
      failOnStatusCode: false,
      maxRedirects: 0,
    });
  } catch (error) {
    // Only the first line: the rest is Playwright's call log, which may print request details.
    const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new IamAuthError(`IAM token request to ${url} failed: ${firstLine.replace(/^apiRequestContext\.post:\s*/, '')}. Check VBS_IAM_URL, VBS_PROXY_URL and VBS_CA_FILE.`);
  }

  const status = response.status();
  if (status === 401 || status === 403) {
    throw new IamAuthError(`IAM rejected the credentials: POST ${url} returned ${status}. Check ${SETTINGS_TO_CHECK}.`);
  }
  if (status !== 201 && status !== 200) {
    throw new IamAuthError(`IAM token request failed: POST ${url} returned ${status} ${response.statusText()}. Check VBS_IAM_URL and ${SETTINGS_TO_CHECK}.`);
  }
  const token = response.headers()['x-subject-token'];
  if (!token) throw new IamAuthError(`IAM returned ${status} to POST ${url} without an X-Subject-Token header. Check that VBS_IAM_URL is a Keystone v3 endpoint.`);
  return token;
}
