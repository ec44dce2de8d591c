/**
 * `vbs-conformance validate`: checks a captured 200 body offline, from a file or standard input,
 * with the checks of the suite that need no request. Exit code 0 when valid, 1 when invalid, 2 on
 * a usage error or unreadable input.
 */
import fs from 'node:fs';
import { backupIdMatchesBackup, backupStatusIsKnown, bodyMatchesSchema, countersAreNonNegative, pathProjectIsParty, shareIdMatchesRequest, timestampsAreOrdered, timestampsFollowZonePolicy, undocumentedPropertiesFollowPolicy } from '../checks/show-share';
import type { ShowCheck, ShowCheckContext } from '../checks/context';
import { formatViolation, type Violation } from '../checks/violation';
import { type ContractPolicies, parsePolicies } from '../config/config';
import { ConfigError } from '../config/errors';
import { PROFILES, PROJECT_ID_PATTERN, TIMESTAMP_ZONE_POLICIES, UNDOCUMENTED_POLICIES, UUID_PATTERN } from '../config/values';
import { formatDrift, observeDrift } from '../contract/drift';
import { findUndocumentedProperties, formatUndocumented } from '../contract/undocumented';
import { type Exchange, parseBody } from '../http/exchange';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const VALIDATE_USAGE = `Usage: vbs-conformance validate [options] FILE|-

Checks a captured response body of GET /v2/{project_id}/os-vendor-backup-sharing/{id}
offline. FILE is a JSON file; - reads standard input.

Options (each defaults to its VBS_* variable, then to the default shown):
  --profile compatible|documented        contract profile (VBS_PROFILE, default compatible)
  --timestamp-zone zoneless|allowed|any  timestamp policy (VBS_TIMESTAMP_ZONE, default zoneless)
  --undocumented allow|warn|fail         policy on properties outside the table
                                         (VBS_UNDOCUMENTED_PROPERTIES, default warn)
  --share-id UUID                        also check that shared.id is this share
  --project-id HEX32                     also check that this project is a party to the share
  -h, --help                             print this help

Exit code: 0 valid, 1 invalid, 2 usage error or unreadable input.`;

/** Checks that judge the body alone; the ones that compare with the request run when its ids are given. */
const BODY_CHECKS: readonly ShowCheck[] = [
  bodyMatchesSchema,
  backupIdMatchesBackup,
  timestampsAreOrdered,
  timestampsFollowZonePolicy,
  backupStatusIsKnown,
  countersAreNonNegative,
  undocumentedPropertiesFollowPolicy,
];

export interface ValidateOptions extends ContractPolicies {
  input: string;
  shareId?: string;
  projectId?: string;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
}

class UsageError extends Error {}

const FLAGS = {
  '--profile': { variable: 'VBS_PROFILE', allowed: PROFILES },
  '--timestamp-zone': { variable: 'VBS_TIMESTAMP_ZONE', allowed: TIMESTAMP_ZONE_POLICIES },
  '--undocumented': { variable: 'VBS_UNDOCUMENTED_PROPERTIES', allowed: UNDOCUMENTED_POLICIES },
  '--share-id': { variable: undefined, allowed: undefined },
  '--project-id': { variable: undefined, allowed: undefined },
} as const;

type Flag = keyof typeof FLAGS;

function isFlag(value: string): value is Flag {
  return Object.hasOwn(FLAGS, value);
}

/** Parses the arguments after `validate`; flag values override the VBS_* variables. */
export function parseValidateArgs(args: readonly string[], env: CliIo['env']): ValidateOptions {
  const values = new Map<Flag, string>();
  const inputs: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (isFlag(name)) {
      const value = inline ?? args[(index += 1)];
      if (value === undefined || value === '') throw new UsageError(`Missing value for ${name}.`);
      const { allowed } = FLAGS[name];
      if (allowed && !(allowed as readonly string[]).includes(value)) throw new UsageError(`Invalid value ${JSON.stringify(value)} for ${name}; use one of: ${allowed.join(', ')}.`);
      values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unknown option ${JSON.stringify(arg)}.`);
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) throw new UsageError('Missing input: give the body to check as a FILE, or - for standard input.');
  if (inputs.length > 1) throw new UsageError(`Too many inputs (${inputs.length}): ${inputs.join(' ')}. Give one FILE, or - for standard input.`);

  const policyEnv: Record<string, string | undefined> = { ...env };
  for (const [flag, value] of values) {
    const variable = FLAGS[flag].variable;
    if (variable) policyEnv[variable] = value;
  }
  let policies: ContractPolicies;
  try {
    policies = parsePolicies(policyEnv);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.problems.map((p) => `${p.variable}: ${p.problem}. ${p.fix}`).join('\n'));
    throw error;
  }

  const shareId = values.get('--share-id');
  const projectId = values.get('--project-id');
  if (shareId !== undefined && !UUID_PATTERN.test(shareId)) throw new UsageError(`Invalid --share-id ${JSON.stringify(shareId)}: give a lower-case hyphenated UUID.`);
  if (projectId !== undefined && !PROJECT_ID_PATTERN.test(projectId)) throw new UsageError(`Invalid --project-id ${JSON.stringify(projectId)}: give 32 lower-case hexadecimal characters.`);
  return { ...policies, input: inputs[0] ?? '-', ...(shareId ? { shareId } : {}), ...(projectId ? { projectId } : {}) };
}

/** Builds the exchange the checks read: a 200 JSON response carrying the captured text. */
export function offlineExchange(source: string, text: string): Exchange {
  return {
    request: { method: 'GET', url: `offline body from ${source}`, headers: {} },
    response: { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, bodyText: text, bodyBytes: Buffer.byteLength(text), body: parseBody(text) },
    durationMs: 0,
  };
}

export interface ValidationResult {
  violations: Violation[];
  exchange: Exchange;
  context: ShowCheckContext;
}

export function validateBody(text: string, options: ValidateOptions): ValidationResult {
  const exchange = offlineExchange(options.input === '-' ? 'standard input' : options.input, text);
  const context: ShowCheckContext = {
    exchange,
    projectId: options.projectId ?? '',
    shareId: options.shareId ?? '',
    profile: options.profile,
    timestampZone: options.timestampZone,
    undocumentedProperties: options.undocumentedProperties,
  };
  const checks = [...BODY_CHECKS, ...(options.shareId ? [shareIdMatchesRequest] : []), ...(options.projectId ? [pathProjectIsParty] : [])];
  // Without a parsable body the other checks have nothing to judge; the schema check reports why.
  const violations = exchange.response?.body.kind === 'json' ? checks.flatMap((check) => check(context)) : bodyMatchesSchema(context);
  return { violations, exchange, context };
}

/** Renders the result as the suite renders a failing probe: each violation, then drift and warnings. */
export function formatValidation(result: ValidationResult, options: ValidateOptions): string {
  const { violations, exchange } = result;
  const source = options.input === '-' ? 'standard input' : options.input;
  const policies = `profile ${options.profile}, timestamps ${options.timestampZone}, undocumented properties ${options.undocumentedProperties}`;
  const lines = [violations.length === 0 ? `${source}: valid (${policies})` : `${source}: ${violations.length} violation${violations.length === 1 ? '' : 's'} (${policies})`, ''];
  for (const violation of violations) lines.push(formatViolation(violation), '');

  const body = exchange.response?.body;
  if (body?.kind === 'json') {
    const drift = observeDrift(body.value);
    if (drift.length > 0) lines.push('Drift: the side of each ledger entry this body took', ...drift.map((observation) => `  ${formatDrift(observation)}`), '');
    if (options.undocumentedProperties === 'warn' && options.profile === 'compatible') {
      const undocumented = findUndocumentedProperties(body.value, options.profile);
      if (undocumented.length > 0) lines.push('Warnings (VBS_UNDOCUMENTED_PROPERTIES=warn)', ...undocumented.map((property) => `  ${formatUndocumented(property)}`), '');
    }
  }
  return lines.join('\n').trimEnd();
}

function readInput(input: string, io: CliIo): Promise<string> {
  if (input === '-') return io.readStdin();
  return fs.promises.readFile(input, 'utf8');
}

export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(VALIDATE_USAGE);
    return EXIT_VALID;
  }
  let options: ValidateOptions;
  try {
    options = parseValidateArgs(args, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${VALIDATE_USAGE}`);
    return EXIT_USAGE;
  }

  let text: string;
  try {
    text = await readInput(options.input, io);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    io.stderr(`Failed to read ${options.input === '-' ? 'standard input' : options.input} (${reason}). Give a readable JSON file, or - for standard input.`);
    return EXIT_USAGE;
  }

  const result = validateBody(text, options);
  io.stdout(formatValidation(result, options));
  return result.violations.length === 0 ? EXIT_VALID : EXIT_INVALID;
}
