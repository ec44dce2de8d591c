/**
 * Edits of the reference server's replies that planted faults are built from. Each edit leaves a
 * reply it does not apply to unchanged, so a fault only touches the exchanges it is about.
 */
import { type JsonObject, isObject } from '../checks/body-access';
import { UUID_PATTERN } from '../config/values';
import { type IncomingProbe, type Reply, type ShareStore, decodeSegment, handleRequest, jsonReply, sharePathSegments } from './routes';
import type { SeedProject, ShareRecord } from './seed';

function parseObject(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Tells whether the reply is a 200 with one share under `shared`, which is the reply to the documented request. */
export function isShareReply(reply: Reply): boolean {
  return reply.status === 200 && isObject(parseObject(reply.body)?.shared);
}

export function isClientError(reply: Reply): boolean {
  return reply.status >= 400 && reply.status < 500;
}

/** Rewrites the whole body of a share reply. */
export function rewriteShareBody(reply: Reply, rewrite: (body: JsonObject & { shared: JsonObject }) => unknown): Reply {
  const body = reply.status === 200 ? parseObject(reply.body) : undefined;
  if (!body || !isObject(body.shared)) return reply;
  return { ...reply, body: JSON.stringify(rewrite(body as JsonObject & { shared: JsonObject })) };
}

/** Edits the `shared` object of a share reply in place. */
export function editShared(reply: Reply, edit: (shared: JsonObject) => void): Reply {
  return rewriteShareBody(reply, (body) => {
    edit(body.shared);
    return body;
  });
}

/** Edits the `shared.backup` object of a share reply in place. */
export function editBackup(reply: Reply, edit: (backup: JsonObject) => void): Reply {
  return editShared(reply, (shared) => {
    if (isObject(shared.backup)) edit(shared.backup);
  });
}

/** Replaces every 4xx reply; other replies pass unchanged. */
export function replaceClientErrors(reply: Reply, replace: (reply: Reply) => Reply): Reply {
  return isClientError(reply) ? replace(reply) : reply;
}

/** Returns the share id of the request path, decoded, when the path is a share path. */
export function requestedShareId(probe: IncomingProbe): string | undefined {
  const segments = sharePathSegments(probe.rawPath);
  return segments ? decodeSegment(segments.share) : undefined;
}

/** Returns the seeded project named in the request path, if any. */
export function pathProject(store: ShareStore, probe: IncomingProbe): SeedProject | undefined {
  const segments = sharePathSegments(probe.rawPath);
  const id = segments ? decodeSegment(segments.project) : undefined;
  return store.projects.find((project) => project.id === id);
}

/** Returns the stored share with the requested id, without checking who may see it. */
export function requestedShare(store: ShareStore, probe: IncomingProbe): ShareRecord | undefined {
  const id = requestedShareId(probe);
  return store.shares.find((record) => record.shared.id === id);
}

/** Tells whether the requested share id is a well-formed UUID that no stored share has. */
export function isUnknownShareId(store: ShareStore, probe: IncomingProbe): boolean {
  const id = requestedShareId(probe);
  return id !== undefined && UUID_PATTERN.test(id) && !store.shares.some((record) => record.shared.id === id);
}

/** Returns the reply the correct server sends for the probe with the given changes. */
export function answerAs(store: ShareStore, probe: IncomingProbe, changes: Partial<IncomingProbe>): Reply {
  return handleRequest(store, { ...probe, ...changes });
}

/** Returns the reply to the probe sent with the token of the path's project, as a server that skips authentication does. */
export function answerAsPathProject(store: ShareStore, probe: IncomingProbe, reply: Reply): Reply {
  const project = pathProject(store, probe);
  if (!project) return reply;
  return answerAs(store, probe, { headers: { ...probe.headers, 'x-auth-token': project.token } });
}

export function shareReply(record: ShareRecord): Reply {
  return jsonReply(200, record);
}

/** Cinder's reply to an unexpected exception, as OpenStack services send it. */
export function computeFault(): Reply {
  return jsonReply(500, { computeFault: { code: 500, message: 'The server has either erred or is incapable of performing the requested operation.' } });
}
