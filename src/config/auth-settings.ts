/**
 * Validation of the authentication settings: which mode VBS_AUTH_MODE selects and the variables
 * each mode needs. A variable that belongs to another mode is rejected, because a run that ignored
 * it would authenticate differently from what the user believes.
 */
import type { ConfigProblem } from './errors';
import { quote } from './values';
import { HTTP_SCHEMES, parseUrlSetting } from './url-setting';

export const AUTH_MODES = ['token', 'password', 'aksk'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export type AuthSettings =
  | { mode: 'token'; token: string }
  | {
      mode: 'password';
      /** Keystone v3 endpoint without `/v3/...`; the token request goes to `<iamUrl>/v3/auth/tokens`. */
      iamUrl: string;
      userName: string;
      password: string;
      userDomain: string;
    }
  | { mode: 'aksk'; accessKey: string; secretKey: string; securityToken: string | undefined };

/** Variables read by each mode. */
const MODE_VARIABLES: Readonly<Record<AuthMode, readonly string[]>> = {
  token: ['VBS_AUTH_TOKEN'],
  password: ['VBS_IAM_URL', 'VBS_IAM_USER_NAME', 'VBS_IAM_PASSWORD', 'VBS_IAM_USER_DOMAIN'],
  aksk: ['VBS_ACCESS_KEY', 'VBS_SECRET_KEY', 'VBS_SECURITY_TOKEN'],
};

const REQUIRED: Readonly<Record<string, string>> = {
  VBS_AUTH_TOKEN: 'an IAM token scoped to VBS_PROJECT_ID',
  VBS_IAM_URL: 'the IAM endpoint, for example https://iam.example.com',
  VBS_IAM_USER_NAME: 'the IAM user name',
  VBS_IAM_PASSWORD: "that user's password",
  VBS_IAM_USER_DOMAIN: 'the name of the domain (account) the user belongs to',
  VBS_ACCESS_KEY: 'the access key id (AK)',
  VBS_SECRET_KEY: 'the secret access key (SK) of that AK',
};

type Read = (name: string) => string | undefined;

/**
 * Parses the authentication settings. `fallbackToken` is the token used when token mode has none:
 * the embedded server's seed token, or undefined for a remote target, where the token is required.
 */
export function parseAuthSettings(read: Read, remote: boolean, fallbackToken: string, problems: ConfigProblem[]): AuthSettings | undefined {
  const rawMode = read('VBS_AUTH_MODE');
  const mode = rawMode === undefined ? 'token' : (AUTH_MODES as readonly string[]).includes(rawMode) ? (rawMode as AuthMode) : undefined;
  if (mode === undefined) {
    problems.push({ variable: 'VBS_AUTH_MODE', problem: `${quote(rawMode ?? '')} is not a known authentication mode`, fix: `Use one of: ${AUTH_MODES.join(', ')} (default token).` });
    return undefined;
  }

  const before = problems.length;
  for (const other of AUTH_MODES.filter((candidate) => candidate !== mode)) {
    for (const name of MODE_VARIABLES[other]) {
      if (read(name) === undefined) continue;
      problems.push({
        variable: name,
        problem: `belongs to authentication mode ${other}, but VBS_AUTH_MODE is ${mode}${rawMode === undefined ? ' (the default)' : ''}, so the two modes conflict`,
        fix: `Set VBS_AUTH_MODE=${other} to use it, or remove it.`,
      });
    }
  }
  if (mode !== 'token' && !remote) {
    problems.push({
      variable: 'VBS_AUTH_MODE',
      problem: `mode ${mode} needs a real target, but VBS_BASE_URL is unset`,
      fix: 'Set VBS_BASE_URL, or use VBS_AUTH_MODE=token with the embedded reference server.',
    });
  }

  const required = (name: string): string => {
    const value = read(name);
    if (value === undefined) {
      problems.push({ variable: name, problem: `is missing for VBS_AUTH_MODE=${mode}`, fix: `Set it to ${REQUIRED[name] ?? 'a value'}.` });
      return '';
    }
    return value;
  };

  let settings: AuthSettings;
  if (mode === 'token') {
    const token = read('VBS_AUTH_TOKEN');
    if (token === undefined && remote) {
      problems.push({ variable: 'VBS_AUTH_TOKEN', problem: 'is missing while VBS_BASE_URL is set', fix: `Set it to ${REQUIRED.VBS_AUTH_TOKEN}, choose another VBS_AUTH_MODE, or unset VBS_BASE_URL to use the embedded reference server.` });
    }
    settings = { mode, token: token ?? fallbackToken };
  } else if (mode === 'password') {
    settings = {
      mode,
      iamUrl: parseIamUrl(required('VBS_IAM_URL'), problems),
      userName: required('VBS_IAM_USER_NAME'),
      password: required('VBS_IAM_PASSWORD'),
      userDomain: required('VBS_IAM_USER_DOMAIN'),
    };
  } else {
    settings = { mode, accessKey: parseAccessKeyPair(read, problems), secretKey: read('VBS_SECRET_KEY') ?? '', securityToken: read('VBS_SECURITY_TOKEN') };
  }
  return problems.length === before ? settings : undefined;
}

/** Names the missing half of an AK/SK pair rather than reporting both as missing. */
function parseAccessKeyPair(read: Read, problems: ConfigProblem[]): string {
  const accessKey = read('VBS_ACCESS_KEY');
  const secretKey = read('VBS_SECRET_KEY');
  if (accessKey !== undefined && secretKey === undefined) {
    problems.push({ variable: 'VBS_SECRET_KEY', problem: 'is missing while VBS_ACCESS_KEY is set (half an AK/SK pair)', fix: 'Set the secret access key that belongs to VBS_ACCESS_KEY.' });
  } else if (accessKey === undefined && secretKey !== undefined) {
    problems.push({ variable: 'VBS_ACCESS_KEY', problem: 'is missing while VBS_SECRET_KEY is set (half an AK/SK pair)', fix: 'Set the access key id that belongs to VBS_SECRET_KEY.' });
  } else if (accessKey === undefined) {
    problems.push({ variable: 'VBS_ACCESS_KEY', problem: 'is missing for VBS_AUTH_MODE=aksk', fix: `Set it to ${REQUIRED.VBS_ACCESS_KEY}, and VBS_SECRET_KEY to its secret.` });
  }
  if (read('VBS_SECURITY_TOKEN') !== undefined && (accessKey === undefined || secretKey === undefined)) {
    problems.push({ variable: 'VBS_SECURITY_TOKEN', problem: 'is set without a complete AK/SK pair', fix: 'A security token comes with temporary credentials: set VBS_ACCESS_KEY and VBS_SECRET_KEY as well.' });
  }
  return accessKey ?? '';
}

function parseIamUrl(raw: string, problems: ConfigProblem[]): string {
  if (raw === '') return '';
  const fail = (problem: string, fix: string): string => {
    problems.push({ variable: 'VBS_IAM_URL', problem, fix });
    return '';
  };
  const url = parseUrlSetting(
    raw,
    {
      variable: 'VBS_IAM_URL',
      schemes: HTTP_SCHEMES,
      invalidFix: 'Use the IAM endpoint with its scheme, for example https://iam.example.com.',
      schemeFix: 'Use an http:// or https:// URL.',
      credentialsFix: 'Remove them from the URL and set VBS_IAM_USER_NAME and VBS_IAM_PASSWORD instead.',
    },
    problems,
  );
  if (!url) return '';
  if (url.search || url.hash) return fail(`${quote(raw)} has a query or fragment`, 'Give only the scheme, host, port and an optional path prefix.');
  if (/\/v3(\/|$)/.test(url.pathname)) return fail(`${quote(raw)} already contains /v3`, 'Give the endpoint without /v3/...; the harness appends /v3/auth/tokens itself.');
  return url.href.replace(/\/+$/, '');
}

/** Returns every secret of the settings, so each process can register them for masking. */
export function authSecrets(settings: AuthSettings): string[] {
  switch (settings.mode) {
    case 'token':
      return [settings.token];
    case 'password':
      return [settings.password];
    case 'aksk':
      return [settings.accessKey, settings.secretKey, ...(settings.securityToken ? [settings.securityToken] : [])];
  }
}
