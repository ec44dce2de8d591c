/**
 * Request signing in the SDK-HMAC-SHA256 scheme of the vendor's API gateway (AK/SK authentication).
 *
 * The conventions follow the signer of the vendor's public Go SDK (huaweicloud-sdk-go-v3,
 * core/auth/signer): the canonical request is method, canonical URI, canonical query, canonical
 * headers, signed header names and the hex SHA-256 of the body, joined by newlines. The canonical
 * URI is the path with each segment percent-encoded (unreserved characters kept) and a `/` appended
 * when it does not end in one. The string to sign is the algorithm name, the X-Sdk-Date value and
 * the hex SHA-256 of the canonical request; the signature is its hex HMAC-SHA256 keyed by the SK.
 * That SDK's published test vectors are pinned in tests/self/sdk-hmac-signer.spec.ts.
 */
import crypto from 'node:crypto';

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';

export interface SigningCredentials {
  accessKey: string;
  secretKey: string;
  /** Token of temporary credentials, sent and signed as X-Security-Token. */
  securityToken?: string;
}

export interface RequestToSign {
  method: string;
  /** Absolute URL of the request, path already percent-encoded as it goes on the wire. */
  url: string;
  /** Headers the caller sends; every one except those with `_` in the name is signed. */
  headers: Readonly<Record<string, string>>;
  body?: string | Buffer;
  /** Signs the Host of the URL too (default true). The gateway checks it; the SDK's test vectors leave it out. */
  signHost?: boolean;
}

/** Formats a time as X-Sdk-Date wants it: UTC `YYYYMMDDTHHMMSSZ`. */
export function sdkDate(time: Date): string {
  return time.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Percent-encodes everything but RFC 3986 unreserved characters, with upper-case hex digits. */
function escape(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function sha256Hex(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function canonicalUri(pathname: string): string {
  // Each segment is decoded first so a segment the caller already encoded is not encoded twice.
  const segments = pathname.split('/').map((segment) => escape(safeDecode(segment)));
  const joined = segments.join('/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function canonicalQuery(search: URLSearchParams): string {
  const pairs = [...search.entries()].map(([key, value]) => [escape(key), escape(value)] as const);
  // Sorted by key, then by value, in code-unit order like Go's sort.Strings.
  pairs.sort(([keyA, valueA], [keyB, valueB]) => {
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    if (valueA === valueB) return 0;
    return valueA < valueB ? -1 : 1;
  });
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

/**
 * Returns the headers to add to the request: X-Sdk-Date, X-Security-Token when the credentials
 * are temporary, and Authorization. The signature covers the Host of the URL and every header given.
 */
export function signRequest(request: RequestToSign, credentials: SigningCredentials, time: Date = new Date()): Record<string, string> {
  const url = new URL(request.url);
  const added: Record<string, string> = { 'X-Sdk-Date': sdkDate(time) };
  if (credentials.securityToken) added['X-Security-Token'] = credentials.securityToken;

  const signed = new Map<string, string>();
  const host = request.signHost === false ? {} : { Host: url.host };
  for (const [name, value] of Object.entries({ ...request.headers, ...added, ...host })) {
    // The vendor's signer leaves out headers with an underscore in the name, which proxies may drop.
    if (name.includes('_')) continue;
    signed.set(name.toLowerCase(), value.trim());
  }
  const names = [...signed.keys()].sort();

  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQuery(url.searchParams),
    names.map((name) => `${name}:${signed.get(name)}\n`).join(''),
    names.join(';'),
    sha256Hex(request.body ?? ''),
  ].join('\n');
  const stringToSign = [SIGNING_ALGORITHM, added['X-Sdk-Date'], sha256Hex(canonicalRequest)].join('\n');
  const signature = crypto.createHmac('sha256', credentials.secretKey).update(stringToSign).digest('hex');

  added.Authorization = `${SIGNING_ALGORITHM} Access=${credentials.accessKey}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return added;
}
