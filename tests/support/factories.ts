/** Builders of hand-made exchanges and bodies for the project's own tests. */
import fs from 'node:fs';
import path from 'node:path';
import type { ShowCheckContext } from '../../src/checks/context';
import { type Exchange, parseBody } from '../../src/http/exchange';

export const DATA_DIR = path.resolve(__dirname, '../data');

export function readJson(relativePath: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8')) as unknown;
}

/** Reads the API page's example body afresh, so each test can alter its own copy. */
export function docExample(): { shared: Record<string, unknown> & { backup: Record<string, unknown> } } {
  return readJson('show-share-doc-example.json') as { shared: Record<string, unknown> & { backup: Record<string, unknown> } };
}

export const DOC_PROJECT_ID = 'c13f5220dc1949b0b741ea81a7cd5554';
export const DOC_SHARE_ID = '8332443e-9866-41d8-8a58-a898cf5db030';

export interface ExchangeOverrides {
  status?: number;
  contentType?: string | null;
  bodyText?: string;
  method?: string;
}

export function exchangeFor(body: unknown, overrides: ExchangeOverrides = {}): Exchange {
  const bodyText = overrides.bodyText ?? JSON.stringify(body);
  const headers: Record<string, string> = {};
  const contentType = overrides.contentType === undefined ? 'application/json' : overrides.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  return {
    request: { method: overrides.method ?? 'GET', url: `http://127.0.0.1:1/v2/${DOC_PROJECT_ID}/os-vendor-backup-sharing/${DOC_SHARE_ID}`, headers: { Accept: 'application/json', 'X-Auth-Token': '***' } },
    response: { status: overrides.status ?? 200, statusText: '', headers, bodyText, bodyBytes: Buffer.byteLength(bodyText), body: parseBody(bodyText) },
    durationMs: 3,
  };
}

export function showContextFor(exchange: Exchange, overrides: Partial<ShowCheckContext> = {}): ShowCheckContext {
  return { exchange, projectId: DOC_PROJECT_ID, shareId: DOC_SHARE_ID, profile: 'compatible', timestampZone: 'zoneless', ...overrides };
}
