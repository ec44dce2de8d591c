/**
 * Masking of secrets in everything the harness writes: attachments, logs, error messages.
 * Secrets are registered when the configuration is read. Header values are masked by name too,
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
/** Header names added at run time, such as secret-looking extra headers, in lower case. */
const extraSecretHeaders = new Set<string>();

/** Masks the values of a header name from now on, in addition to SECRET_HEADERS. */
export function registerSecretHeader(name: string): void {
  extraSecretHeaders.add(name.toLowerCase());
}

export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_HEADERS.has(lower) || extraSecretHeaders.has(lower);
}

/** Adds a value that must never appear in output. Values shorter than 4 characters are ignored. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

/** Replaces every registered secret in the text with the mask. */
export function redact(text: string): string {
  let result = text;
  for (const secret of secrets) {
    // A secret can also reach output percent-encoded, for example inside a URL.
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      if (result.includes(form)) result = result.split(form).join(MASK);
    }
  }
  return result;
}

/** Returns a copy of the headers with credential values masked. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    masked[name] = isSecretHeader(name) ? MASK : redact(value);
  }
  return masked;
}
