/**
 * An independent check of SDK-HMAC-SHA256 signatures, as the vendor's gateway does it: the
 * canonical request is rebuilt from the raw request the server received, not from what the client
 * meant to send. It shares no code with src/auth/sdk-hmac-signer.ts on purpose, so a mistake in the
 * signer cannot cancel itself out.
 */
import crypto from 'node:crypto';
import type http from 'node:http';

export interface KeyPair {
  accessKey: string;
  secretKey: string;
  /** Required in X-Security-Token when set (temporary credentials). */
  securityToken?: string;
}

export type Verdict = { ok: true; accessKey: string } | { ok: false; reason: string };

const AUTHORIZATION = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([a-z0-9;._-]+), Signature=([0-9a-f]{64})$/;
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;
const UNRESERVED = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~');

/** Percent-encodes byte by byte, keeping unreserved characters. */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += UNRESERVED.has(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

function hex(hash: crypto.Hash | crypto.Hmac): string {
  return hash.digest('hex');
}

function parseSdkDate(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
}

/** Verifies the signature of a received request against the known key pairs. */
export function verifySdkHmac(request: http.IncomingMessage, body: Buffer, keys: readonly KeyPair[], now = Date.now()): Verdict {
  const header = request.headers.authorization ?? '';
  const match = AUTHORIZATION.exec(header);
  if (!match) return { ok: false, reason: 'Authorization is not an SDK-HMAC-SHA256 header' };
  const [, accessKey = '', signedList = '', signature = ''] = match;

  const pair = keys.find((key) => key.accessKey === accessKey);
  if (!pair) return { ok: false, reason: 'unknown access key' };

  const signedNames = signedList.split(';');
  if (!signedNames.includes('x-sdk-date') || !signedNames.includes('host')) return { ok: false, reason: 'x-sdk-date and host must be signed' };
  if ([...signedNames].sort().join(';') !== signedList) return { ok: false, reason: 'signed header names are not sorted' };

  const date = request.headers['x-sdk-date'];
  const time = typeof date === 'string' ? parseSdkDate(date) : undefined;
  if (time === undefined) return { ok: false, reason: 'X-Sdk-Date is missing or malformed' };
  if (Math.abs(now - time) > MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'X-Sdk-Date is more than 15 minutes off' };

  if (pair.securityToken !== undefined) {
    if (request.headers['x-security-token'] !== pair.securityToken) return { ok: false, reason: 'X-Security-Token is missing or wrong' };
    if (!signedNames.includes('x-security-token')) return { ok: false, reason: 'X-Security-Token is not signed' };
  }

  const lines: string[] = [];
  for (const name of signedNames) {
    const value = request.headers[name];
    if (value === undefined) return { ok: false, reason: `signed header ${name} was not received` };
    lines.push(`${name}:${(Array.isArray(value) ? value.join(',') : value).trim()}`);
  }

  const rawUrl = request.url ?? '/';
  const questionMark = rawUrl.indexOf('?');
  const rawPath = questionMark === -1 ? rawUrl : rawUrl.slice(0, questionMark);
  const rawQuery = questionMark === -1 ? '' : rawUrl.slice(questionMark + 1);

  let uri = rawPath.split('/').map((segment) => percentEncode(decodeOrKeep(segment))).join('/');
  if (!uri.endsWith('/')) uri += '/';
  const query = rawQuery
    .split('&')
    .filter((pairText) => pairText !== '')
    .map((pairText) => {
      const [key = '', value = ''] = pairText.split('=');
      return `${percentEncode(decodeOrKeep(key))}=${percentEncode(decodeOrKeep(value))}`;
    })
    .sort()
    .join('&');

  const canonical = `${request.method ?? 'GET'}\n${uri}\n${query}\n${lines.join('\n')}\n\n${signedList}\n${hex(crypto.createHash('sha256').update(body))}`;
  const stringToSign = `SDK-HMAC-SHA256\n${date}\n${hex(crypto.createHash('sha256').update(canonical))}`;
  const expected = hex(crypto.createHmac('sha256', pair.secretKey).update(stringToSign));
  const same = crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  return same ? { ok: true, accessKey } : { ok: false, reason: 'signature does not match' };
}
