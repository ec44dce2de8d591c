/**
 * Coverage of the API page by the clause catalogue: each URI parameter and response-table row,
 * with the clauses that check it. A row with no clause is a gap in the certification.
 */
import type { ClauseId } from './clauses';

export interface CoverageEntry {
  /** Table part that holds the row: `uri`, `shared` or `shared.backup`. */
  section: 'uri' | 'shared' | 'shared.backup';
  /** Parameter or field name as the table writes it. */
  row: string;
  clauses: ClauseId[];
}

const SCHEMA: ClauseId = 'SHOW-200-SCHEMA';

export function coverageMap(): CoverageEntry[] {
  return [
    { section: 'uri', row: 'project_id', clauses: ['SHOW-200-PROJECT-PARTY', 'SHOW-403-OTHER-PROJECT'] },
    { section: 'uri', row: 'id', clauses: ['SHOW-200-ID-MATCH', 'SHOW-404-UNKNOWN-ID', 'SHOW-4XX-MALFORMED-ID'] },
    { section: 'shared', row: 'shared', clauses: [SCHEMA] },
    { section: 'shared', row: 'backup_id', clauses: [SCHEMA, 'SHOW-200-BACKUP-ID'] },
    { section: 'shared', row: 'created_at', clauses: [SCHEMA, 'SHOW-200-TIMESTAMPS', 'SHOW-200-TIMESTAMP-ZONE'] },
    { section: 'shared', row: 'from_project_id', clauses: [SCHEMA, 'SHOW-200-PROJECT-PARTY'] },
    { section: 'shared', row: 'id', clauses: [SCHEMA, 'SHOW-200-ID-MATCH'] },
    { section: 'shared', row: 'to_project_id', clauses: [SCHEMA, 'SHOW-200-PROJECT-PARTY'] },
    { section: 'shared', row: 'updated_at', clauses: [SCHEMA, 'SHOW-200-TIMESTAMPS', 'SHOW-200-TIMESTAMP-ZONE'] },
    { section: 'shared', row: 'backup', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'availability_zone', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'container', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'created_at', clauses: [SCHEMA, 'SHOW-200-TIMESTAMPS', 'SHOW-200-TIMESTAMP-ZONE'] },
    { section: 'shared.backup', row: 'data_timestamp', clauses: [SCHEMA, 'SHOW-200-TIMESTAMPS', 'SHOW-200-TIMESTAMP-ZONE'] },
    { section: 'shared.backup', row: 'description', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'fail_reason', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'has_dependent_backup', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'id', clauses: [SCHEMA, 'SHOW-200-BACKUP-ID'] },
    { section: 'shared.backup', row: 'is_incremental', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'name', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'object_count', clauses: [SCHEMA, 'SHOW-200-COUNTERS'] },
    { section: 'shared.backup', row: 'size', clauses: [SCHEMA, 'SHOW-200-COUNTERS'] },
    { section: 'shared.backup', row: 'snapshot_id', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'status', clauses: [SCHEMA, 'SHOW-200-BACKUP-STATUS'] },
    { section: 'shared.backup', row: 'updated_at', clauses: [SCHEMA, 'SHOW-200-TIMESTAMPS', 'SHOW-200-TIMESTAMP-ZONE'] },
    { section: 'shared.backup', row: 'volume_id', clauses: [SCHEMA] },
    { section: 'shared.backup', row: 'service_metadata', clauses: [SCHEMA] },
  ];
}
