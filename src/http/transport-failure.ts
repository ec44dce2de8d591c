/**
 * Names the cause of a request that got no response, so a failing check states what went wrong in
 * words a user can act on, followed by the underlying error text.
 */
const CAUSES: readonly { pattern: RegExp; name: (timeoutMs: number) => string }[] = [
  { pattern: /Timeout \d+ms exceeded|ETIMEDOUT/i, name: (timeoutMs) => `timed out: no complete response within ${timeoutMs} ms (VBS_TIMEOUT_MS)` },
  { pattern: /self[- ]signed|unable to verify|unable to get (local )?issuer|certificate|CERT_|ERR_TLS/i, name: () => 'TLS certificate not trusted: set VBS_CA_FILE to the CA that issued it, or VBS_INSECURE_TLS=true for a test endpoint' },
  { pattern: /ECONNRESET|socket hang up/i, name: () => 'connection reset by the target' },
  { pattern: /aborted|premature close|ERR_STREAM_PREMATURE_CLOSE|ECONNABORTED/i, name: () => 'connection closed before the response was complete' },
  { pattern: /ECONNREFUSED/i, name: () => 'connection refused: nothing listens at the target address' },
  { pattern: /ENOTFOUND|EAI_AGAIN/i, name: () => 'host name not found' },
  { pattern: /Max redirect|redirect/i, name: () => 'redirect not followed' },
];

/** Prefixes the error text with its named cause, when one is known. */
export function describeTransportFailure(errorText: string, timeoutMs: number): string {
  const cause = CAUSES.find(({ pattern }) => pattern.test(errorText));
  return cause ? `${cause.name(timeoutMs)} (${errorText.trim()})` : errorText.trim();
}
