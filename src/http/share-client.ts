/**
 * The one client of the show-share operation. Every probe of the suite goes through `send`, which
 * records the exchange with secrets masked and never throws on an HTTP status or transport failure:
 * both are evidence for the checks.
 */
import type { APIRequestContext } from '@playwright/test';
import { BODY_TEXT_LIMIT, type Exchange, parseBody } from './exchange';
import { redact, redactHeaders } from './redact';

/** Methods that cannot change data on the target. Any other one needs an explicit opt-in. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export type Credentials = { kind: 'configured' } | { kind: 'none' } | { kind: 'token'; token: string };

export interface Probe {
  method: string;
  projectId: string;
  /** Path segment placed after `os-vendor-backup-sharing/`, sent exactly as given (already encoded). */
  rawShareSegment: string;
  credentials: Credentials;
}

export interface ShareClientOptions {
  baseUrl: string;
  authToken: string;
  timeoutMs: number;
  /** When false, `send` rejects a probe with a method outside SAFE_METHODS before sending it. */
  allowUnsafeMethods: boolean;
}

export class UnsafeMethodError extends Error {
  constructor(method: string) {
    super(`Refusing to send ${method}: only GET, HEAD and OPTIONS are sent unless VBS_ALLOW_UNSAFE_METHODS=true.`);
    this.name = 'UnsafeMethodError';
  }
}

export class ShareClient {
  constructor(
    private readonly request: APIRequestContext,
    private readonly options: ShareClientOptions,
  ) {}

  /** Returns the URL of a share, with the id percent-encoded as one path segment. */
  shareUrl(projectId: string, shareId: string): string {
    return this.rawShareUrl(projectId, encodeURIComponent(shareId));
  }

  /** GET of one share with the configured credentials: the documented request. */
  async show(projectId: string, shareId: string): Promise<Exchange> {
    return this.send({ method: 'GET', projectId, rawShareSegment: encodeURIComponent(shareId), credentials: { kind: 'configured' } });
  }

  async send(probe: Probe): Promise<Exchange> {
    const method = probe.method.toUpperCase();
    if (!SAFE_METHODS.has(method) && !this.options.allowUnsafeMethods) throw new UnsafeMethodError(method);

    const url = this.rawShareUrl(probe.projectId, probe.rawShareSegment);
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = probe.credentials.kind === 'configured' ? this.options.authToken : probe.credentials.kind === 'token' ? probe.credentials.token : undefined;
    if (token !== undefined) headers['X-Auth-Token'] = token;

    const recordedRequest = { method, url: redact(url), headers: redactHeaders(headers) };
    const started = Date.now();
    try {
      const response = await this.request.fetch(url, {
        method,
        headers,
        timeout: this.options.timeoutMs,
        failOnStatusCode: false,
        // Redirects are evidence, not something to follow: following one could carry the token to
        // another origin.
        maxRedirects: 0,
      });
      const buffer = await response.body();
      const text = buffer.toString('utf8');
      return {
        request: recordedRequest,
        response: {
          status: response.status(),
          statusText: response.statusText(),
          headers: redactHeaders(response.headers()),
          bodyText: redact(text.length > BODY_TEXT_LIMIT ? text.slice(0, BODY_TEXT_LIMIT) : text),
          bodyBytes: buffer.length,
          body: parseBody(text),
        },
        durationMs: Date.now() - started,
      };
    } catch (error) {
      return { request: recordedRequest, transportError: summarizeTransportError(error), durationMs: Date.now() - started };
    }
  }

  private rawShareUrl(projectId: string, rawShareSegment: string): string {
    return `${this.options.baseUrl}/v2/${encodeURIComponent(projectId)}/os-vendor-backup-sharing/${rawShareSegment}`;
  }
}

/**
 * Keeps the first line of a Playwright request error. The rest is its call log, which lists the
 * request headers (the token among them) when a request times out.
 */
function summarizeTransportError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? message;
  return redact(firstLine.replace(/^apiRequestContext\.fetch:\s*/, ''));
}
