/**
 * The one client of the show-share operation. Every probe of the suite goes through `send`, which
 * records the exchange with secrets masked and never throws on an HTTP status or transport failure:
 * both are evidence for the checks.
 */
import type { APIRequestContext } from '@playwright/test';
import { BODY_TEXT_LIMIT, type Exchange, parseBody } from './exchange';
import type { RequestAuth } from '../auth/request-auth';
import { isSecretHeader, redact, redactHeaders, registerSecret } from './redact';
import { describeTransportFailure } from './transport-failure';

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
  /** Token sent as X-Auth-Token for configured credentials, unless `auth` is given. */
  authToken: string;
  /** Credentials of the configured mode, applied per request; replaces `authToken` when set. */
  auth?: RequestAuth;
  /** Headers added to every probe before credentials, so a signature covers them too. */
  extraHeaders?: Readonly<Record<string, string>>;
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
    const headers: Record<string, string> = { Accept: 'application/json', ...this.options.extraHeaders };
    if (probe.credentials.kind === 'token') headers['X-Auth-Token'] = probe.credentials.token;
    if (probe.credentials.kind === 'configured') {
      const auth = this.options.auth ?? ((): Record<string, string> => ({ 'X-Auth-Token': this.options.authToken }));
      Object.assign(headers, auth({ method, url, headers }));
    }

    registerSentSecrets(headers);
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
      // Masked before parsing too, so a body that echoes a credential cannot carry it into the report.
      const text = redact(buffer.toString('utf8'));
      return {
        request: recordedRequest,
        response: {
          status: response.status(),
          statusText: response.statusText(),
          headers: redactHeaders(response.headers()),
          bodyText: text.length > BODY_TEXT_LIMIT ? text.slice(0, BODY_TEXT_LIMIT) : text,
          bodyBytes: buffer.length,
          body: parseBody(text),
        },
        durationMs: Date.now() - started,
      };
    } catch (error) {
      return { request: recordedRequest, transportError: summarizeTransportError(error, this.options.timeoutMs), durationMs: Date.now() - started };
    }
  }

  private rawShareUrl(projectId: string, rawShareSegment: string): string {
    return `${this.options.baseUrl}/v2/${encodeURIComponent(projectId)}/os-vendor-backup-sharing/${rawShareSegment}`;
  }
}

/**
 * Keeps the first line of a Playwright request error, named by its cause. The rest is its call
 * log, which lists the request headers (credentials among them) when a request times out.
 */
function summarizeTransportError(error: unknown, timeoutMs: number): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = (message.split('\n')[0] ?? message).replace(/^apiRequestContext\.fetch:\s*/, '');
  return redact(describeTransportFailure(firstLine, timeoutMs));
}

/**
 * Registers the credential values of a request before it is sent, so a response that echoes them
 * is masked too. A request signature changes with every request, so it is registered on its own.
 */
function registerSentSecrets(headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!isSecretHeader(name)) continue;
    registerSecret(value);
    registerSecret(/Signature=([0-9a-fA-F]+)/.exec(value)?.[1]);
  }
}
