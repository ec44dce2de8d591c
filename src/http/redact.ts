/**
 * Masking of secrets in everything the harness writes: attachments, logs, error messages.
 * Secrets are registered when the configuration is read; header values are masked by name too,
 * so a credential the harness never saw (a token in a response header) is covered as well.
 */
export const MASK = '***';

/** Headers whose values are credentials, in lower case. */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'x-auth-token',
  'x-subject-token',
  'x-security-token',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
]);

const secrets = new Set<string>();

/** Adds a value that must never appear in output. Values shorter than 4 characters are ignored. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

/** Replaces every registered secret in the text with the mask. */
export function redact(text: string): string {
  let result = text;
  for (const secret of secrets) {
    if (result.includes(secret)) result = result.split(secret).join(MASK);
  }
  return result;
}

/** Returns a copy of the headers with credential values masked. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    masked[name] = SECRET_HEADERS.has(name.toLowerCase()) ? MASK : redact(value);
  }
  return masked;
}
