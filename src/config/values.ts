/** Syntax of the identifiers this API uses, as real bodies send them. */
export const PROJECT_ID_PATTERN = /^[0-9a-f]{32}$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const PROFILES = ['compatible', 'documented'] as const;
export type Profile = (typeof PROFILES)[number];

export const TIMESTAMP_ZONE_POLICIES = ['zoneless', 'allowed', 'any'] as const;
export type TimestampZonePolicy = (typeof TIMESTAMP_ZONE_POLICIES)[number];

/** Policy for a 200-body property the response table does not list (for compatible, also not a ledger spelling). */
export const UNDOCUMENTED_POLICIES = ['allow', 'warn', 'fail'] as const;
export type UndocumentedPolicy = (typeof UNDOCUMENTED_POLICIES)[number];

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** Parses a boolean switch; returns undefined for a word that is neither true nor false. */
export function parseSwitch(raw: string): boolean | undefined {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Shortens a value for an error message so a pasted secret or a huge string does not flood it. */
export function quote(raw: string): string {
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
  return JSON.stringify(shown);
}
