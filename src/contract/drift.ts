/**
 * Drift observations: where a response takes one side of a disagreement between the API page's
 * response table and its own example. They are reported, never failed, under the compatible
 * profile, so a certifier sees which side the target took.
 */
import { isObject, valueAt } from '../checks/body-access';

export interface DriftObservation {
  /** Stable id of the disagreement. */
  drift: string;
  pointer: string;
  /** What the response table states. */
  table: string;
  /** What this response sent. */
  observed: string;
}

/** Response-table types of the fields that real bodies send as null. */
const TABLE_TYPES: readonly { path: string[]; type: string }[] = [
  { path: ['shared', 'created_at'], type: 'string' },
  { path: ['shared', 'updated_at'], type: 'string' },
  ...[
    ['availability_zone', 'string'],
    ['container', 'string'],
    ['created_at', 'string'],
    ['data_timestamp', 'string'],
    ['description', 'string'],
    ['fail_reason', 'string'],
    ['has_dependent_backups', 'boolean'],
    ['has_dependent_backup', 'boolean'],
    ['is_incremental', 'boolean'],
    ['name', 'string'],
    ['object_count', 'int'],
    ['size', 'int'],
    ['snapshot_id', 'string'],
    ['updated_at', 'string'],
    ['volume_id', 'string'],
    ['service_metadata', 'string'],
  ].map(([name, type]) => ({ path: ['shared', 'backup', name as string], type: type as string })),
];

const ZONELESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;
const TIMESTAMP_PATHS = [['shared', 'created_at'], ['shared', 'updated_at'], ['shared', 'backup', 'created_at'], ['shared', 'backup', 'updated_at'], ['shared', 'backup', 'data_timestamp']];

export function observeDrift(body: unknown): DriftObservation[] {
  const observations: DriftObservation[] = [];
  const backup = valueAt(body, ['shared', 'backup']);

  if (isObject(backup)) {
    if (Object.hasOwn(backup, 'has_dependent_backups')) {
      observations.push({ drift: 'has-dependent-backups-name', pointer: '/shared/backup/has_dependent_backups', table: 'has_dependent_backup', observed: 'has_dependent_backups (plural, as the example and SDKs send it)' });
    }
    if (Object.hasOwn(backup, 'has_dependent_backup')) {
      observations.push({ drift: 'has-dependent-backups-name', pointer: '/shared/backup/has_dependent_backup', table: 'has_dependent_backup', observed: 'has_dependent_backup (singular, as the table names it)' });
    }
  }

  for (const { path, type } of TABLE_TYPES) {
    if (valueAt(body, path) === null && isObject(valueAt(body, path.slice(0, -1)))) {
      observations.push({ drift: `null-${path.slice(1).join('.')}`, pointer: `/${path.join('/')}`, table: type, observed: 'null' });
    }
  }

  for (const path of TIMESTAMP_PATHS) {
    const value = valueAt(body, path);
    if (typeof value === 'string' && ZONELESS.test(value)) {
      observations.push({ drift: 'timestamp-without-zone', pointer: `/${path.join('/')}`, table: 'string (no format stated)', observed: `zone-less ${value}` });
    }
  }
  return observations;
}

export function formatDrift(observation: DriftObservation): string {
  return `[drift ${observation.drift}] ${observation.pointer}: table says ${observation.table}; response has ${observation.observed}`;
}
