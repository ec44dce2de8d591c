/**
 * Validation of the transport settings: custom CA, proxy, run budget and extra request headers.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ConfigProblem } from './errors';
import { parseUrlSetting } from './url-setting';
import { quote } from './values';

export interface TransportSettings {
  /** Absolute path of a PEM file of CA certificates trusted in addition to the built-in ones. */
  caFile: string | undefined;
  /** Proxy for every request to the target and to IAM; it must support CONNECT. */
  proxyUrl: string | undefined;
  /** Budget of the whole run in milliseconds (Playwright's globalTimeout); undefined means none. */
  runBudgetMs: number | undefined;
  /** Headers added to every probe, after validation. */
  extraHeaders: Readonly<Record<string, string>>;
}

const MAX_RUN_BUDGET_MS = 24 * 60 * 60 * 1000;

/**
 * Headers the harness sets itself: credentials, signing inputs and framing. An extra header with
 * one of these names is rejected instead of silently replacing or doubling the harness's value.
 */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'x-auth-token',
  'authorization',
  'proxy-authorization',
  'x-sdk-date',
  'x-security-token',
  'content-length',
  'transfer-encoding',
  'connection',
]);

/** Header names whose values are treated as secrets when given as extra headers. */
export const SECRET_LOOKING_HEADER = /token|auth|secret|passw|key|signature|cookie|session|credential/i;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

type Read = (name: string) => string | undefined;

export function parseTransportSettings(read: Read, insecureTls: boolean, timeoutMs: number, problems: ConfigProblem[]): TransportSettings {
  return {
    caFile: parseCaFile(read('VBS_CA_FILE'), insecureTls, problems),
    proxyUrl: parseProxyUrl(read('VBS_PROXY_URL'), problems),
    runBudgetMs: parseRunBudget(read('VBS_RUN_BUDGET_MS'), timeoutMs, problems),
    extraHeaders: parseExtraHeaders(read('VBS_EXTRA_HEADERS'), problems),
  };
}

function parseCaFile(raw: string | undefined, insecureTls: boolean, problems: ConfigProblem[]): string | undefined {
  if (raw === undefined) return undefined;
  const fail = (problem: string, fix: string): undefined => {
    problems.push({ variable: 'VBS_CA_FILE', problem, fix });
    return undefined;
  };
  if (insecureTls) {
    return fail('is set while VBS_INSECURE_TLS=true, which skips certificate checks and so would ignore the CA', 'Keep VBS_CA_FILE and set VBS_INSECURE_TLS=false, or unset VBS_CA_FILE.');
  }
  const file = path.resolve(raw);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    return fail(`file ${quote(raw)} cannot be read (${code})`, 'Point it at a readable PEM file of CA certificates.');
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    return fail(`file ${quote(raw)} holds no PEM certificate`, 'Use a PEM file with one or more "-----BEGIN CERTIFICATE-----" blocks.');
  }
  return file;
}

function parseProxyUrl(raw: string | undefined, problems: ConfigProblem[]): string | undefined {
  if (raw === undefined) return undefined;
  const fail = (problem: string, fix: string): undefined => {
    problems.push({ variable: 'VBS_PROXY_URL', problem, fix });
    return undefined;
  };
  // NOTE: proxy authentication is not supported, so a proxy URL with credentials is rejected.
  const url = parseUrlSetting(
    raw,
    {
      variable: 'VBS_PROXY_URL',
      schemes: ['http:', 'https:', 'socks5:'],
      invalidFix: 'Use the proxy with its scheme and port, for example http://proxy.example.com:3128.',
      schemeFix: 'Use an http://, https:// or socks5:// proxy URL.',
      credentialsFix: 'Use a proxy that needs no credentials; proxy authentication is not supported.',
    },
    problems,
  );
  if (!url) return undefined;
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return fail(`${quote(raw)} has a path, query or fragment`, 'Give only the scheme, host and port of the proxy.');
  }
  return `${url.protocol}//${url.host}`;
}

function parseRunBudget(raw: string | undefined, timeoutMs: number, problems: ConfigProblem[]): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value <= 0 || value > MAX_RUN_BUDGET_MS) {
    problems.push({ variable: 'VBS_RUN_BUDGET_MS', problem: `${quote(raw)} is not a whole number of milliseconds between 1 and ${MAX_RUN_BUDGET_MS}`, fix: 'Set a positive integer such as 600000 (ten minutes), or unset it for no budget.' });
    return undefined;
  }
  if (value < timeoutMs) {
    problems.push({ variable: 'VBS_RUN_BUDGET_MS', problem: `${value} ms is shorter than one request's budget (VBS_TIMEOUT_MS=${timeoutMs})`, fix: 'Give the whole run at least as long as one request, or lower VBS_TIMEOUT_MS.' });
    return undefined;
  }
  return value;
}

function parseExtraHeaders(raw: string | undefined, problems: ConfigProblem[]): Record<string, string> {
  if (raw === undefined) return {};
  const fail = (problem: string, fix: string): Record<string, string> => {
    problems.push({ variable: 'VBS_EXTRA_HEADERS', problem, fix });
    return {};
  };
  const example = 'for example {"X-Request-Source": "qa-staging"}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // The value is not echoed: it may hold a secret header value.
    return fail('is not valid JSON', `Set a JSON object of header names to string values, ${example}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('is not a JSON object', `Set a JSON object of header names to string values, ${example}.`);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!HEADER_NAME.test(name)) return fail(`header name ${quote(name)} is not a valid HTTP header name`, 'Use letters, digits and hyphens in header names.');
    if (RESERVED_HEADERS.has(name.toLowerCase())) {
      return fail(`header ${quote(name)} is set by the harness itself (credentials, signing or framing)`, 'Remove it; choose credentials with VBS_AUTH_MODE and its variables.');
    }
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      return fail(`value of header ${quote(name)} is not a single-line string`, 'Give every header a string value without line breaks.');
    }
    headers[name] = value;
  }
  return headers;
}
