/**
 * Request handling of the reference server, as a pure function from request to reply so that
 * fault profiles and tests can wrap it without a socket.
 */
import { PROJECT_ID_PATTERN, UUID_PATTERN } from '../config/values';
import type { SeedProject, ShareRecord } from './seed';

export interface IncomingProbe {
  method: string;
  /** Raw path of the request, still percent-encoded. */
  rawPath: string;
  headers: Readonly<Record<string, string | undefined>>;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Sent as is, so a planted fault can send text that is not JSON, or JSON cut short. */
  body: string;
  /** Milliseconds to wait before sending; only planted faults set it. */
  delayMs?: number;
}

export interface ShareStore {
  projects: readonly SeedProject[];
  shares: readonly ShareRecord[];
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const SHARE_PATH = /^\/v2\/([^/]+)\/os-vendor-backup-sharing\/([^/]+)$/;
const ALLOWED_METHODS = 'GET, HEAD';

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

function cinderFault(status: number, fault: string, message: string): Reply {
  return jsonReply(status, { [fault]: { code: status, message } });
}

function gatewayUnauthorized(message: string): Reply {
  return jsonReply(401, { error_code: 'APIG.0301', error_msg: message, request_id: 'req-reference-0000' });
}

/** Returns the raw (still percent-encoded) project and share segments of a share path, or undefined for any other path. */
export function sharePathSegments(rawPath: string): { project: string; share: string } | undefined {
  const match = SHARE_PATH.exec(rawPath.split('?')[0] ?? '');
  return match ? { project: match[1] ?? '', share: match[2] ?? '' } : undefined;
}

export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function handleRequest(store: ShareStore, probe: IncomingProbe): Reply {
  const segments = sharePathSegments(probe.rawPath);
  if (!segments) return cinderFault(404, 'itemNotFound', 'The resource could not be found.');

  const token = probe.headers['x-auth-token'];
  if (!token) return gatewayUnauthorized('Incorrect IAM authentication information: no token in the request');
  const caller = store.projects.find((project) => project.token === token);
  if (!caller) return gatewayUnauthorized('Incorrect IAM authentication information: token is invalid');

  const projectId = decodeSegment(segments.project);
  if (projectId === undefined || !PROJECT_ID_PATTERN.test(projectId) || projectId !== caller.id) {
    return jsonReply(403, { error: { code: 'VolumeBackup.0042', message: 'The token is not scoped to the project in the path.' } });
  }

  const method = probe.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    // NOTE: cancel sharing (DELETE on this path) is not modelled, so it gets 405 like any other
    // method the reference server does not implement.
    return { ...cinderFault(405, 'badMethod', `Method ${method} is not allowed on a backup share.`), headers: { ...JSON_HEADERS, allow: ALLOWED_METHODS } };
  }

  const shareId = decodeSegment(segments.share);
  if (shareId === undefined || !UUID_PATTERN.test(shareId)) {
    return cinderFault(400, 'badRequest', 'The backup share id is not a valid UUID.');
  }
  const share = store.shares.find((record) => record.shared.id === shareId);
  const visible = share && (share.shared.from_project_id === caller.id || share.shared.to_project_id === caller.id);
  if (!share || !visible) return cinderFault(404, 'itemNotFound', `Backup share ${shareId} could not be found.`);
  return jsonReply(200, share);
}
