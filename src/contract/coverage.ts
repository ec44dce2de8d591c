/**
 * Coverage of the API page by the clause catalogue: each URI parameter and response-table row of
 * the transcription, with the clauses that check it. A row with no clause is a gap in the
 * certification, and a self-test fails on it.
 */
import type { ClauseId } from './clauses';
import { loadContractSources } from './ledger';

export interface CoverageEntry {
  /** Table part that contains the row: `uri`, `shared` or `shared.backup`. */
  section: 'uri' | 'shared' | 'shared.backup';
  /** Parameter or field name as the table writes it. */
  row: string;
  clauses: ClauseId[];
}

const SCHEMA: ClauseId = 'SHOW-200-SCHEMA';
const TIMESTAMP_CLAUSES: ClauseId[] = [SCHEMA, 'SHOW-200-TIMESTAMPS', 'SHOW-200-TIMESTAMP-ZONE'];

/**
 * Clauses beyond the schema that check a row, keyed by `uri:<name>` for URI parameters and by
 * transcription pointer for response rows. Every response row is also under SHOW-200-SCHEMA.
 */
export const ROW_CLAUSES: Readonly<Record<string, readonly ClauseId[]>> = {
  'uri:project_id': ['SHOW-200-PROJECT-PARTY', 'SHOW-403-OTHER-PROJECT'],
  'uri:id': ['SHOW-200-ID-MATCH', 'SHOW-404-UNKNOWN-ID', 'SHOW-4XX-MALFORMED-ID'],
  '/shared': ['SHOW-200-UNDOCUMENTED'],
  '/shared/backup_id': ['SHOW-200-BACKUP-ID'],
  '/shared/created_at': TIMESTAMP_CLAUSES,
  '/shared/from_project_id': ['SHOW-200-PROJECT-PARTY'],
  '/shared/id': ['SHOW-200-ID-MATCH'],
  '/shared/to_project_id': ['SHOW-200-PROJECT-PARTY'],
  '/shared/updated_at': TIMESTAMP_CLAUSES,
  '/shared/backup': ['SHOW-200-UNDOCUMENTED'],
  '/shared/backup/created_at': TIMESTAMP_CLAUSES,
  '/shared/backup/data_timestamp': TIMESTAMP_CLAUSES,
  '/shared/backup/id': ['SHOW-200-BACKUP-ID'],
  '/shared/backup/object_count': ['SHOW-200-COUNTERS'],
  '/shared/backup/size': ['SHOW-200-COUNTERS'],
  '/shared/backup/status': ['SHOW-200-BACKUP-STATUS'],
};

function sectionOf(pointer: string): CoverageEntry['section'] {
  return pointer.startsWith('/shared/backup/') ? 'shared.backup' : 'shared';
}

export function coverageMap(): CoverageEntry[] {
  const { transcription } = loadContractSources();
  const uri = transcription.uriParameters.map((parameter): CoverageEntry => ({ section: 'uri', row: parameter.name, clauses: [...(ROW_CLAUSES[`uri:${parameter.name}`] ?? [])] }));
  const rows = transcription.responseRows.map((row): CoverageEntry => ({
    section: sectionOf(row.pointer),
    row: row.name,
    clauses: [...new Set<ClauseId>([SCHEMA, ...(ROW_CLAUSES[row.pointer] ?? [])])],
  }));
  return [...uri, ...rows];
}
