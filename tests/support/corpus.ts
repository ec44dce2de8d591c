/**
 * The false-failure corpus: real show bodies and the legitimate variants a real server may send,
 * each served by a reference server so the whole suite can be run against it. A check that fails
 * any of them rejects a server that is right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isObject } from '../../src/checks/body-access';
import type { Profile } from '../../src/config/values';
import { isShareReply, replaceClientErrors } from '../../src/reference-server/reply-edits';
import { type Reply, type ShareStore, jsonReply } from '../../src/reference-server/routes';
import type { ReplyTransform } from '../../src/reference-server/server';
import { DOCUMENTED_SHARE_ID, SEED_PROJECTS, type SeedProject, type ShareRecord, seedShares } from '../../src/reference-server/seed';
import { DATA_DIR, docExample, readJson } from './factories';

export interface CorpusEntry {
  name: string;
  /** Body text served for the configured share, byte for byte. */
  bodyText: string;
  profile: Profile;
  /** Rewrites the error replies, for the entries about error styles. */
  errorStyle?: (reply: Reply) => Reply;
}

function readText(relativePath: string): string {
  return fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
}

function asShareRecord(body: unknown, origin: string): ShareRecord {
  const shared = isObject(body) ? body.shared : undefined;
  if (!isObject(shared) || typeof shared.id !== 'string' || typeof shared.from_project_id !== 'string' || typeof shared.to_project_id !== 'string') {
    throw new Error(`${origin} is not a show body with shared.id, from_project_id and to_project_id.`);
  }
  return body as ShareRecord;
}

/** Items of a list body, each wrapped as the show body of that share. */
function listItems(relativePath: string): { name: string; bodyText: string }[] {
  const list = readJson(relativePath) as { shared: unknown[] };
  return list.shared.map((item, index) => ({ name: `${relativePath} item ${index + 1}`, bodyText: JSON.stringify({ shared: item }, null, 4) }));
}

/** Builds the API page's example with one field changed to a value real servers send. */
function docExampleVariant(name: string, edit: (backup: Record<string, unknown>) => void): { name: string; bodyText: string } {
  const body = docExample();
  edit(body.shared.backup);
  return { name, bodyText: JSON.stringify(body) };
}

/** Returns a service_metadata value as a real native backup body sends it, which is JSON text padded with spaces. */
function paddedServiceMetadata(): string {
  const nativeBackup = readJson('public/otcdocs-9.json') as { backup: { service_metadata: string } };
  return nativeBackup.backup.service_metadata;
}

const CINDER_FAULT_NAMES: Readonly<Record<number, string>> = { 400: 'badRequest', 401: 'unauthorized', 403: 'forbidden', 404: 'itemNotFound', 405: 'badMethod' };

/** Cinder style: the published itemNotFound and badRequest bodies, and the same shape for the other statuses. */
function cinderStyle(reply: Reply): Reply {
  if (reply.status === 404) return { ...reply, body: readText('public/otcdocs-6.json') };
  if (reply.status === 400) return { ...reply, body: readText('public/otcdocs-8.json') };
  const fault = CINDER_FAULT_NAMES[reply.status] ?? 'badRequest';
  return { ...jsonReply(reply.status, { [fault]: { code: reply.status, message: 'Request rejected.' } }), headers: reply.headers };
}

function verbatimStyle(relativePath: string): (reply: Reply) => Reply {
  const text = readText(relativePath);
  return (reply) => ({ ...reply, body: text });
}

const docExampleText = readText('show-share-doc-example.json');
const documentedShare = seedShares().find((record) => record.shared.id === DOCUMENTED_SHARE_ID);

export const CORPUS: readonly CorpusEntry[] = [
  { name: 'API page example', bodyText: docExampleText, profile: 'compatible' },
  { name: 'public/otcdocs-1.json', bodyText: readText('public/otcdocs-1.json'), profile: 'compatible' },
  { name: 'sparse SDK body public/gophertelekomcloud-1.json', bodyText: readText('public/gophertelekomcloud-1.json'), profile: 'compatible' },
  ...listItems('public/otcdocs-2.json').map((item) => ({ ...item, profile: 'compatible' as const })),
  ...listItems('public/gophertelekomcloud-2.json').map((item) => ({ ...item, profile: 'compatible' as const })),
  { ...docExampleVariant('description as JSON-encoded string', (backup) => (backup.description = '{"retention": "7d", "note": "weekly"}')), profile: 'compatible' },
  { ...docExampleVariant('service_metadata padded with spaces', (backup) => (backup.service_metadata = paddedServiceMetadata())), profile: 'compatible' },
  { ...docExampleVariant('null object_count', (backup) => (backup.object_count = null)), profile: 'compatible' },
  { ...docExampleVariant('container as UUID', (backup) => (backup.container = 'a704c75f-f0d1-4efa-9fd6-7557fe1ee8d3')), profile: 'compatible' },
  { name: 'table-conformant share under documented', bodyText: JSON.stringify(documentedShare), profile: 'documented' },
  { name: 'Cinder error bodies', bodyText: docExampleText, profile: 'compatible', errorStyle: cinderStyle },
  { name: 'VBS error bodies', bodyText: docExampleText, profile: 'compatible', errorStyle: verbatimStyle('public/otcdocs-7.json') },
  { name: 'API gateway error bodies', bodyText: docExampleText, profile: 'compatible', errorStyle: verbatimStyle('public/huaweiapig-1.json') },
];

export interface ServedEntry {
  store: ShareStore;
  transform: ReplyTransform;
  share: ShareRecord;
  /** A stored share between two projects that are not parties to the corpus share. */
  unrelated: ShareRecord;
  caller: SeedProject;
}

function projectFor(id: string): SeedProject {
  return SEED_PROJECTS.find((project) => project.id === id) ?? { id, token: `corpus-token-${id.slice(0, 8)}` };
}

/** Builds the store and the transform that serve an entry: its body verbatim, its error style if any. */
export function serveEntry(entry: CorpusEntry): ServedEntry {
  const share = asShareRecord(JSON.parse(entry.bodyText), entry.name);
  const { from_project_id: from, to_project_id: to } = share.shared;
  const unrelated = seedShares().find((record) => ![from, to].includes(record.shared.from_project_id) && ![from, to].includes(record.shared.to_project_id));
  if (!unrelated) throw new Error(`No seed share is unrelated to ${entry.name}.`);

  const caller = projectFor(from);
  const projects = [caller, projectFor(to), projectFor(unrelated.shared.from_project_id), projectFor(unrelated.shared.to_project_id)];
  const transform: ReplyTransform = (reply) => {
    if (isShareReply(reply)) return { ...reply, body: entry.bodyText };
    return entry.errorStyle ? replaceClientErrors(reply, entry.errorStyle) : reply;
  };
  return { store: { projects, shares: [share, unrelated] }, transform, share, unrelated, caller };
}
