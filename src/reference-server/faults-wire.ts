/** Faults in how a reply travels (media type, truncation, timing) and in the shape of error bodies. */
import { isObject } from '../checks/body-access';
import type { Fault } from './faults';
import { isShareReply, replaceClientErrors } from './reply-edits';
import type { Reply } from './routes';

/** Extra wait after the request budget, so the reply arrives well after the client gave up. */
const LATE_BY_MS = 1000;

const PROXY_ERROR_PAGE = '<!DOCTYPE html>\n<html><head><title>Error</title></head><body><h1>Request failed</h1><p>The server could not complete your request.</p></body></html>\n';

function withoutContentType(reply: Reply): Reply {
  const headers = Object.fromEntries(Object.entries(reply.headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
  return { ...reply, headers };
}

/** Drops the message from an error body of any of the three styles, keeping its code. */
function dropErrorMessage(reply: Reply): Reply {
  const body: unknown = JSON.parse(reply.body);
  if (!isObject(body)) return reply;
  delete body.error_msg;
  for (const value of Object.values(body)) {
    if (isObject(value)) delete value.message;
  }
  return { ...reply, body: JSON.stringify(body) };
}

const TRANSPORT_FAULTS: readonly Fault[] = [
  {
    name: 'text-plain-content-type',
    area: 'transport',
    description: 'declares the share as text/plain',
    fails: ['SHOW-200-CONTENT-TYPE'],
    apply: (reply) => (isShareReply(reply) ? { ...reply, headers: { ...reply.headers, 'content-type': 'text/plain; charset=utf-8' } } : reply),
  },
  {
    name: 'missing-content-type',
    area: 'transport',
    description: 'sends the share without a Content-Type header',
    fails: ['SHOW-200-CONTENT-TYPE'],
    apply: (reply) => (isShareReply(reply) ? withoutContentType(reply) : reply),
  },
  {
    name: 'truncated-json',
    area: 'transport',
    description: 'cuts the share body in half',
    fails: ['SHOW-200-SCHEMA'],
    apply: (reply) => (isShareReply(reply) ? { ...reply, body: reply.body.slice(0, Math.floor(reply.body.length / 2)) } : reply),
  },
  {
    name: 'empty-body-200',
    area: 'transport',
    description: 'returns 200 with an empty body',
    fails: ['SHOW-200-SCHEMA'],
    apply: (reply) => (isShareReply(reply) ? { ...reply, body: '' } : reply),
  },
  {
    name: 'slow-response',
    area: 'transport',
    description: 'sends the share one second after the request budget (VBS_TIMEOUT_MS) ran out',
    fails: ['SHOW-200-STATUS'],
    // Every show test waits out its budget, so a short one keeps the run quick.
    needs: { timeoutMs: 1000 },
    apply: (reply, probe, { requestBudgetMs }) => (isShareReply(reply) ? { ...reply, delayMs: requestBudgetMs + LATE_BY_MS } : reply),
  },
  {
    name: 'html-error-page',
    area: 'transport',
    description: 'replaces every 4xx body with the HTML error page of a fronting proxy',
    fails: ['SHOW-ERR-BODY'],
    apply: (reply) => replaceClientErrors(reply, ({ status }) => ({ status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: PROXY_ERROR_PAGE })),
  },
];

const ERROR_BODY_FAULTS: readonly Fault[] = [
  {
    name: 'not-found-plain-text',
    area: 'error body',
    description: 'returns 404 with the plain-text body "404 page not found"',
    fails: ['SHOW-ERR-BODY'],
    apply: (reply) => (reply.status === 404 ? { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '404 page not found' } : reply),
  },
  {
    name: 'unknown-error-style',
    area: 'error body',
    description: 'returns every 4xx body as {"message", "status"}, which is none of the known error styles',
    fails: ['SHOW-ERR-BODY'],
    apply: (reply) =>
      replaceClientErrors(reply, ({ status, headers }) => ({ status, headers, body: JSON.stringify({ message: 'Request failed.', status }) })),
  },
  {
    name: 'error-without-message',
    area: 'error body',
    description: 'drops the message from every error body and keeps only the code',
    fails: ['SHOW-ERR-BODY'],
    apply: (reply) => replaceClientErrors(reply, dropErrorMessage),
  },
];

export const WIRE_FAULTS: readonly Fault[] = [...TRANSPORT_FAULTS, ...ERROR_BODY_FAULTS];
