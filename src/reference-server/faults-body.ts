/** Faults in the body of the documented request's 200 reply: its schema and its meaning. */
import type { Fault } from './faults';
import { editBackup, editShared, rewriteShareBody } from './reply-edits';
import { DOCUMENTED_SHARE_ID } from './seed';

/** A timestamp well before any share or backup of the seeds was created. */
const EARLY_TIMESTAMP = '2001-01-01T00:00:00.000000';

function asUuid(projectId: string): string {
  return projectId.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
}

const SCHEMA_FAULTS: readonly Fault[] = [
  {
    name: 'missing-backup',
    area: 'schema',
    description: 'omits the nested backup object',
    fails: ['SHOW-200-SCHEMA'],
    apply: (reply) => editShared(reply, (shared) => delete shared.backup),
  },
  {
    name: 'wrong-wrapper-key',
    area: 'schema',
    description: 'wraps the share in "share" instead of "shared"',
    fails: ['SHOW-200-SCHEMA'],
    apply: (reply) => rewriteShareBody(reply, (body) => ({ share: body.shared })),
  },
  {
    name: 'size-as-string',
    area: 'schema',
    description: 'sends backup.size as a string of digits',
    fails: ['SHOW-200-SCHEMA', 'SHOW-200-COUNTERS'],
    apply: (reply) => editBackup(reply, (backup) => (backup.size = String(backup.size ?? 1))),
  },
  {
    name: 'negative-size',
    area: 'schema',
    description: 'sends a negative backup.size',
    fails: ['SHOW-200-COUNTERS'],
    apply: (reply) => editBackup(reply, (backup) => (backup.size = -1)),
  },
  {
    name: 'unknown-backup-status',
    area: 'schema',
    description: 'sends a backup.status outside the known status set',
    fails: ['SHOW-200-BACKUP-STATUS'],
    apply: (reply) => editBackup(reply, (backup) => (backup.status = 'stopped')),
  },
  {
    name: 'malformed-uuid',
    area: 'schema',
    description: 'sends backup.volume_id as 32 hex digits without hyphens',
    fails: ['SHOW-200-SCHEMA'],
    apply: (reply) =>
      editBackup(reply, (backup) => (backup.volume_id = typeof backup.volume_id === 'string' ? backup.volume_id.replace(/-/g, '') : 'a7d7783f02b74645b0e361df63f0ba10')),
  },
  {
    name: 'project-id-not-hex',
    area: 'schema',
    description: 'sends to_project_id hyphenated like a UUID instead of 32 hex digits',
    fails: ['SHOW-200-SCHEMA'],
    apply: (reply) => editShared(reply, (shared) => (shared.to_project_id = asUuid(String(shared.to_project_id)))),
  },
  {
    name: 'zoned-timestamp',
    area: 'schema',
    description: 'sends shared.created_at with a Z time zone, which the SDK parsers reject',
    fails: ['SHOW-200-TIMESTAMP-ZONE'],
    apply: (reply) => editShared(reply, (shared) => (shared.created_at = `${typeof shared.created_at === 'string' ? shared.created_at : '2017-08-22T08:43:16.699374'}Z`)),
  },
  {
    name: 'unparsable-timestamp',
    area: 'schema',
    description: 'sends backup.updated_at on 30 February',
    fails: ['SHOW-200-SCHEMA', 'SHOW-200-TIMESTAMPS'],
    apply: (reply) => editBackup(reply, (backup) => (backup.updated_at = '2017-02-30T07:24:24.786297')),
  },
  {
    name: 'singular-has-dependent-backup',
    area: 'schema',
    description: 'names the flag has_dependent_backup, as the table does, where the SDKs read has_dependent_backups',
    // The compatible profile accepts both spellings by design and reports which one the target
    // sends, and the documented profile requires this one, so no clause fails: the drift report is
    // the evidence.
    fails: [],
    reports: [{ drift: 'has-dependent-backups-name', pointer: '/shared/backup/has_dependent_backup' }],
    apply: (reply) =>
      editBackup(reply, (backup) => {
        if (!Object.hasOwn(backup, 'has_dependent_backups')) return;
        backup.has_dependent_backup = backup.has_dependent_backups;
        delete backup.has_dependent_backups;
      }),
  },
  {
    name: 'extra-property',
    area: 'schema',
    description: 'adds an undocumented shared.deleted flag (seen by the documented profile only)',
    fails: ['SHOW-200-SCHEMA'],
    // NOTE: the compatible profile allows properties the table does not list, so this fault is
    // planted in the seed share that follows the table and checked under the documented profile.
    needs: { profile: 'documented', shareId: DOCUMENTED_SHARE_ID },
    apply: (reply) => editShared(reply, (shared) => (shared.deleted = false)),
  },
  {
    name: 'undocumented-property',
    area: 'schema',
    description: 'adds an undocumented shared.backup.encrypted flag (failed under the fail policy)',
    fails: ['SHOW-200-UNDOCUMENTED'],
    // The compatible profile lets extra properties through its schema; the policy check judges them.
    needs: { undocumentedProperties: 'fail' },
    apply: (reply) => editShared(reply, (shared) => {
      const backup = shared.backup;
      if (typeof backup === 'object' && backup !== null) (backup as Record<string, unknown>).encrypted = true;
    }),
  },
  {
    name: 'null-id',
    area: 'schema',
    description: 'sends shared.id as null',
    fails: ['SHOW-200-SCHEMA', 'SHOW-200-ID-MATCH'],
    apply: (reply) => editShared(reply, (shared) => (shared.id = null)),
  },
];

const SEMANTIC_FAULTS: readonly Fault[] = [
  {
    name: 'another-share-returned',
    area: 'semantics',
    description: 'returns another share of the same project',
    fails: ['SHOW-200-ID-MATCH'],
    apply: (reply, probe, { store }) =>
      rewriteShareBody(reply, (body) => {
        const { id, from_project_id: from } = body.shared;
        const other = store.shares.find((record) => record.shared.id !== id && (record.shared.from_project_id === from || record.shared.to_project_id === from));
        return other ?? body;
      }),
  },
  {
    name: 'backup-id-mismatch',
    area: 'semantics',
    description: 'sends the volume id in backup_id, so it differs from backup.id',
    fails: ['SHOW-200-BACKUP-ID'],
    apply: (reply) =>
      editShared(reply, (shared) => {
        const backup = shared.backup as { volume_id?: unknown } | undefined;
        shared.backup_id = typeof backup?.volume_id === 'string' ? backup.volume_id : 'a7d7783f-02b7-4645-b0e3-61df63f0ba10';
      }),
  },
  {
    name: 'project-not-party',
    area: 'semantics',
    description: 'sends the projects of an unrelated share as from_project_id and to_project_id',
    fails: ['SHOW-200-PROJECT-PARTY'],
    apply: (reply, probe, { store }) =>
      editShared(reply, (shared) => {
        const parties = [shared.from_project_id, shared.to_project_id];
        const unrelated = store.shares.find((record) => !parties.includes(record.shared.from_project_id) && !parties.includes(record.shared.to_project_id));
        if (!unrelated) return;
        shared.from_project_id = unrelated.shared.from_project_id;
        shared.to_project_id = unrelated.shared.to_project_id;
      }),
  },
  {
    name: 'updated-before-created',
    area: 'semantics',
    description: 'sends a backup.updated_at earlier than backup.created_at',
    fails: ['SHOW-200-TIMESTAMPS'],
    apply: (reply) => editBackup(reply, (backup) => (backup.updated_at = EARLY_TIMESTAMP)),
  },
];

export const BODY_FAULTS: readonly Fault[] = [...SCHEMA_FAULTS, ...SEMANTIC_FAULTS];
