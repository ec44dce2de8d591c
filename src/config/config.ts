/**
 * The harness configuration: read once from the environment (and a dotenv file), validated, typed.
 * Every variable is documented in `.env.example`.
 */
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, type ConfigProblem } from './errors';
import { LOG_LEVELS, type LogLevel, PROFILES, TIMESTAMP_ZONE_POLICIES, type TimestampZonePolicy, type Profile, PROJECT_ID_PATTERN, UUID_PATTERN, parseSwitch, quote } from './values';
import { UNDOCUMENTED_POLICIES, type UndocumentedPolicy } from './values';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, OTHER_PAIR_SHARE_ID } from '../reference-server/seed';
import { FAULT_NAMES, findFault } from '../reference-server/faults';
import { registerSecret, registerSecretHeader } from '../http/redact';
import { type AuthSettings, authSecrets, parseAuthSettings } from './auth-settings';
import { SECRET_LOOKING_HEADER, type TransportSettings, parseTransportSettings } from './transport-settings';
import { HTTP_SCHEMES, parseUrlSetting, quoteUrl } from './url-setting';

export type Target =
  | { kind: 'embedded' }
  | { kind: 'remote'; baseUrl: string };

export interface HarnessConfig {
  target: Target;
  projectId: string;
  shareId: string;
  /** A share the configured project must not see; undefined skips the cross-project probe. */
  otherProjectShareId: string | undefined;
  /** Static token of token mode; empty in the other modes, whose credentials are in `auth`. */
  authToken: string;
  auth: AuthSettings;
  transport: TransportSettings;
  profile: Profile;
  timestampZone: TimestampZonePolicy;
  /** allow, warn (report without failing) or fail on 200-body properties the contract does not list. */
  undocumentedProperties: UndocumentedPolicy;
  /** Budget of one request, in milliseconds. */
  timeoutMs: number;
  insecureTls: boolean;
  allowUnsafeMethods: boolean;
  logLevel: LogLevel;
  /** Fault planted in the embedded reference server, by catalogue name; undefined for a correct server. */
  referenceFault: string | undefined;
  /** Address of the API page, without a fragment; reports link each clause to its section. Undefined links nothing. */
  apiDocUrl: string | undefined;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 600_000;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Loads the dotenv file named by VBS_ENV_FILE (default `.env` in the working directory) into
 * process.env without overriding variables already set. `VBS_ENV_FILE=none` skips it.
 */
export function loadDotenv(env: NodeJS.ProcessEnv = process.env): void {
  const file = env.VBS_ENV_FILE?.trim() || '.env';
  if (file === 'none') return;
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) {
    if (env.VBS_ENV_FILE) {
      throw new ConfigError([
        { variable: 'VBS_ENV_FILE', problem: `file ${quote(file)} does not exist`, fix: 'Point it at an existing dotenv file, or unset it to use .env.' },
      ]);
    }
    return;
  }
  dotenv.config({ path: resolved, quiet: true, processEnv: env });
}

/** Validates the environment into a HarnessConfig, or throws a ConfigError listing every problem. */
export function parseConfig(env: Env): HarnessConfig {
  const problems: ConfigProblem[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const target = parseTarget(read('VBS_BASE_URL'), problems);
  const remote = target?.kind === 'remote';

  const projectId = parseId('VBS_PROJECT_ID', read('VBS_PROJECT_ID'), PROJECT_ID_PATTERN, '32 lower-case hexadecimal characters', problems);
  const shareId = parseId('VBS_SHARE_ID', read('VBS_SHARE_ID'), UUID_PATTERN, 'a lower-case hyphenated UUID', problems);
  const otherShareId = parseId('VBS_OTHER_PROJECT_SHARE_ID', read('VBS_OTHER_PROJECT_SHARE_ID'), UUID_PATTERN, 'a lower-case hyphenated UUID', problems);
  const auth = parseAuthSettings(read, remote, DOC_EXAMPLE_FROM.token, problems);

  if (remote) {
    requireForRemote('VBS_PROJECT_ID', env, 'the project id of the share to check (32 hex characters)', problems);
    requireForRemote('VBS_SHARE_ID', env, 'the id of a share that project can see', problems);
  }
  if (otherShareId && shareId && otherShareId === shareId) {
    problems.push({
      variable: 'VBS_OTHER_PROJECT_SHARE_ID',
      problem: 'is the same share as VBS_SHARE_ID',
      fix: 'Set it to a share between two other projects, or unset it to skip that probe.',
    });
  }

  const profile = parseEnum('VBS_PROFILE', read('VBS_PROFILE'), PROFILES, 'compatible', problems);
  const timestampZone = parseEnum('VBS_TIMESTAMP_ZONE', read('VBS_TIMESTAMP_ZONE'), TIMESTAMP_ZONE_POLICIES, 'zoneless', problems);
  const undocumentedProperties = parseEnum('VBS_UNDOCUMENTED_PROPERTIES', read('VBS_UNDOCUMENTED_PROPERTIES'), UNDOCUMENTED_POLICIES, 'warn', problems);
  const logLevel = parseEnum('VBS_LOG_LEVEL', read('VBS_LOG_LEVEL'), LOG_LEVELS, 'info', problems);
  const timeoutMs = parseTimeout(read('VBS_TIMEOUT_MS'), problems);
  const insecureTls = parseBoolean('VBS_INSECURE_TLS', read('VBS_INSECURE_TLS'), problems);
  const allowUnsafeMethods = parseBoolean('VBS_ALLOW_UNSAFE_METHODS', read('VBS_ALLOW_UNSAFE_METHODS'), problems);
  const referenceFault = parseReferenceFault(read('VBS_REFERENCE_FAULT'), remote, problems);
  const transport = parseTransportSettings(read, insecureTls, timeoutMs, problems);
  const apiDocUrl = parseDocUrl(read('VBS_API_DOC_URL'), problems);

  if (problems.length > 0 || !target || !auth) throw new ConfigError(problems);

  const config: HarnessConfig = {
    target,
    projectId: projectId ?? DOC_EXAMPLE_FROM.id,
    shareId: shareId ?? DOC_EXAMPLE_SHARE_ID,
    otherProjectShareId: otherShareId ?? (remote ? undefined : OTHER_PAIR_SHARE_ID),
    authToken: auth.mode === 'token' ? auth.token : '',
    auth,
    transport,
    profile,
    timestampZone,
    undocumentedProperties,
    timeoutMs,
    insecureTls,
    allowUnsafeMethods,
    logLevel,
    referenceFault,
    apiDocUrl,
  };
  authSecrets(auth).forEach(registerSecret);
  for (const [name, value] of Object.entries(transport.extraHeaders)) {
    if (!SECRET_LOOKING_HEADER.test(name)) continue;
    registerSecretHeader(name);
    registerSecret(value);
  }
  return config;
}

/** The contract policies alone, for tools such as the offline validator that send no request. */
export type ContractPolicies = Pick<HarnessConfig, 'profile' | 'timestampZone' | 'undocumentedProperties'>;

/** Validates the three policy variables, or throws a ConfigError listing every problem. */
export function parsePolicies(env: Env): ContractPolicies {
  const problems: ConfigProblem[] = [];
  const read = (name: string): string | undefined => env[name]?.trim() || undefined;
  const policies: ContractPolicies = {
    profile: parseEnum('VBS_PROFILE', read('VBS_PROFILE'), PROFILES, 'compatible', problems),
    timestampZone: parseEnum('VBS_TIMESTAMP_ZONE', read('VBS_TIMESTAMP_ZONE'), TIMESTAMP_ZONE_POLICIES, 'zoneless', problems),
    undocumentedProperties: parseEnum('VBS_UNDOCUMENTED_PROPERTIES', read('VBS_UNDOCUMENTED_PROPERTIES'), UNDOCUMENTED_POLICIES, 'warn', problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return policies;
}

let cached: HarnessConfig | undefined;

/** Reads the configuration once per process: dotenv file, then the environment. */
export function loadConfig(): HarnessConfig {
  if (!cached) {
    loadDotenv();
    cached = parseConfig(process.env);
  }
  return cached;
}

function parseTarget(raw: string | undefined, problems: ConfigProblem[]): Target | undefined {
  if (raw === undefined) return { kind: 'embedded' };
  const fail = (problem: string, fix: string): undefined => {
    problems.push({ variable: 'VBS_BASE_URL', problem, fix });
    return undefined;
  };

  const url = parseUrlSetting(
    raw,
    {
      variable: 'VBS_BASE_URL',
      schemes: HTTP_SCHEMES,
      invalidFix: 'Use the service endpoint with its scheme, for example https://vbs.example.com.',
      schemeFix: 'Use an http:// or https:// URL.',
      credentialsFix: 'Remove the credentials from the URL and set VBS_AUTH_TOKEN instead.',
    },
    problems,
  );
  if (!url) return undefined;
  if (url.search || url.hash) {
    return fail(`${quote(raw)} has a query or fragment`, 'Give only the scheme, host, port and an optional path prefix.');
  }
  if (/\/v2\/?$/.test(url.pathname) || url.pathname.includes('/os-vendor-backup-sharing')) {
    return fail(`${quote(raw)} already contains the API path`, 'Give the endpoint without /v2/...; the harness appends the path itself.');
  }
  return { kind: 'remote', baseUrl: url.href.replace(/\/+$/, '') };
}

function parseDocUrl(raw: string | undefined, problems: ConfigProblem[]): string | undefined {
  if (raw === undefined) return undefined;
  const url = parseUrlSetting(
    raw,
    {
      variable: 'VBS_API_DOC_URL',
      schemes: HTTP_SCHEMES,
      invalidFix: 'Set the address of the API page itself, for example https://docs.example.com/vbs/show-share.html.',
      schemeFix: 'Use an http:// or https:// URL.',
      credentialsFix: 'Use a public address of the API page, without credentials.',
    },
    problems,
  );
  if (!url) return undefined;
  if (url.hash) {
    problems.push({ variable: 'VBS_API_DOC_URL', problem: `${quoteUrl(raw)} has a fragment`, fix: 'Set the address of the API page itself; the harness appends each section anchor.' });
    return undefined;
  }
  return url.href;
}

function parseId(name: string, raw: string | undefined, pattern: RegExp, shape: string, problems: ConfigProblem[]): string | undefined {
  if (raw === undefined) return undefined;
  if (pattern.test(raw)) return raw;
  const hint = pattern.test(raw.toLowerCase()) ? ' (it is in upper case)' : '';
  problems.push({ variable: name, problem: `${quote(raw)} is not ${shape}${hint}`, fix: `Set it to ${shape}, as the API returns it.` });
  return undefined;
}

function requireForRemote(name: string, env: Env, what: string, problems: ConfigProblem[]): void {
  if (env[name]?.trim()) return;
  problems.push({ variable: name, problem: 'is missing while VBS_BASE_URL is set', fix: `Set it to ${what}, or unset VBS_BASE_URL to use the embedded reference server.` });
}

function parseEnum<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T, problems: ConfigProblem[]): T {
  if (raw === undefined) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push({ variable: name, problem: `${quote(raw)} is not a known value`, fix: `Use one of: ${allowed.join(', ')} (default ${fallback}).` });
  return fallback;
}

function parseReferenceFault(raw: string | undefined, remote: boolean, problems: ConfigProblem[]): string | undefined {
  if (raw === undefined) return undefined;
  if (remote) {
    problems.push({
      variable: 'VBS_REFERENCE_FAULT',
      problem: 'is set while VBS_BASE_URL is set, but faults can only be planted in the embedded reference server',
      fix: 'Unset VBS_BASE_URL to run against the embedded server, or unset VBS_REFERENCE_FAULT.',
    });
    return undefined;
  }
  if (findFault(raw)) return raw;
  problems.push({ variable: 'VBS_REFERENCE_FAULT', problem: `${quote(raw)} is not a known fault`, fix: `Use one of: ${FAULT_NAMES.join(', ')}; or unset it for a correct server.` });
  return undefined;
}

function parseTimeout(raw: string | undefined, problems: ConfigProblem[]): number {
  if (raw === undefined) return DEFAULT_TIMEOUT_MS;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    problems.push({
      variable: 'VBS_TIMEOUT_MS',
      problem: `${quote(raw)} is not a whole number of milliseconds between 1 and ${MAX_TIMEOUT_MS}`,
      fix: `Set a positive integer such as ${DEFAULT_TIMEOUT_MS}.`,
    });
    return DEFAULT_TIMEOUT_MS;
  }
  return value;
}

function parseBoolean(name: string, raw: string | undefined, problems: ConfigProblem[]): boolean {
  if (raw === undefined) return false;
  const value = parseSwitch(raw);
  if (value !== undefined) return value;
  problems.push({ variable: name, problem: `${quote(raw)} is not a boolean`, fix: 'Use true or false (also 1/0, yes/no, on/off).' });
  return false;
}
