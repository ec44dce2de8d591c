/**
 * The record of one request and its response, as checks read it and as reports show it.
 * Secrets are masked when the record is made, so nothing downstream can leak them.
 */
export type ParsedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid-json'; error: string }
  | { kind: 'empty' };

export interface RecordedRequest {
  method: string;
  url: string;
  /** Request headers with credential values masked. */
  headers: Record<string, string>;
}

export interface RecordedResponse {
  status: number;
  statusText: string;
  /** Response headers, lower-case names, credential values masked. */
  headers: Record<string, string>;
  /** Body text, cut at BODY_TEXT_LIMIT characters. */
  bodyText: string;
  /** Size of the whole body in bytes, before cutting. */
  bodyBytes: number;
  body: ParsedBody;
}

export interface Exchange {
  request: RecordedRequest;
  /** Absent when the request failed before a response arrived (timeout, reset, TLS). */
  response?: RecordedResponse;
  /** Transport failure, masked, when there is no response. */
  transportError?: string;
  durationMs: number;
}

/** Keeps attachments and messages bounded even when a target sends a huge body. */
export const BODY_TEXT_LIMIT = 64 * 1024;

export function parseBody(text: string): ParsedBody {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'invalid-json', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Returns the media type of the response without parameters, in lower case, or '' when absent. */
export function mediaType(response: RecordedResponse): string {
  const header = response.headers['content-type'] ?? '';
  return header.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Renders the exchange as the one-line summary used in failure messages and logs. */
export function describeExchange(exchange: Exchange): string {
  const { request, response } = exchange;
  const outcome = response
    ? `${response.status} ${response.statusText}`.trim() + (mediaType(response) ? ` ${mediaType(response)}` : '')
    : `no response: ${exchange.transportError ?? 'unknown transport failure'}`;
  return `${request.method} ${request.url} -> ${outcome} (${exchange.durationMs} ms)`;
}

/**
 * Describes a received status for a violation: the code, plus what a user needs to act on it when
 * the status is a redirect (where it leads, never followed), a rate limit (Retry-After) or an
 * error page that is not JSON.
 */
export function describeStatus(response: RecordedResponse): string {
  const { status, headers } = response;
  if (status >= 300 && status < 400) {
    const location = headers.location;
    return `${status} redirect${location ? ` to ${location}` : ' without a Location header'} (not followed, so credentials stay with the configured origin)`;
  }
  if (status === 429) {
    const retryAfter = headers['retry-after'];
    return `429 rate limited${retryAfter ? `, Retry-After: ${retryAfter}` : ''} (the harness does not retry; run again later or with fewer workers)`;
  }
  const type = mediaType(response);
  if (status >= 500 && type && type !== 'application/json') return `${status} with a ${type} body instead of JSON`;
  return String(status);
}
