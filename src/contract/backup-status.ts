/**
 * Backup statuses a share's `backup.status` may carry: the union of the values the VBS list
 * filter documents and OpenStack Cinder's backup status set, which VBS derives from.
 */
export const BACKUP_STATUSES = [
  'available',
  'creating',
  'deleting',
  'deleted',
  'error',
  'error_deleting',
  'error_restoring',
  'restoring',
] as const;

export type BackupStatus = (typeof BACKUP_STATUSES)[number];

export function isBackupStatus(value: unknown): value is BackupStatus {
  return typeof value === 'string' && (BACKUP_STATUSES as readonly string[]).includes(value);
}
