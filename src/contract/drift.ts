/**
 * Drift observations: for each entry of the drift ledger that a body can show, which side the
 * target took (the table's, the example's or the wire's, or neither). The compatible profile
 * accepts the other side and reports it. The documented profile fails the entries its ledger
 * resolution marks as fail, and each such schema violation names its ledger entry.
 */
import type { ErrorObject } from 'ajv';
import { isObject, valueAt } from '../checks/body-access';
import { parseTimestamp } from '../checks/timestamps';
import { type LedgerEntry, ledgerEntries, loadContractSources, otherNamePointer } from './ledger';
import { type TableType, segmentsOf } from './transcription';

export type DriftSideTaken = 'table' | 'other' | 'neither';

export interface DriftObservation {
  /** Id of the ledger entry. */
  drift: string;
  pointer: string;
  /** Side of the disagreement the body took. */
  side: DriftSideTaken;
  /** Statement of the response table. */
  table: string;
  /** Value this response sent, in words. */
  observed: string;
}

function present(body: unknown, pointer: string): boolean {
  const segments = segmentsOf(pointer);
  const parent = valueAt(body, segments.slice(0, -1));
  const name = segments.at(-1);
  return isObject(parent) && name !== undefined && Object.hasOwn(parent, name);
}

function matchesTableType(value: unknown, type: TableType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'int':
      return Number.isInteger(value);
    case 'dict':
      return isObject(value);
  }
}

function rowType(pointer: string): TableType | undefined {
  return loadContractSources().transcription.responseRows.find((row) => row.pointer === pointer)?.type;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}` : `${typeof value} ${JSON.stringify(value)}`;
}

function observeName(entry: LedgerEntry, body: unknown): DriftObservation[] {
  const [tablePointer] = entry.pointers;
  const wirePointer = otherNamePointer(entry);
  const observations: DriftObservation[] = [];
  if (tablePointer !== undefined && present(body, tablePointer)) {
    observations.push({ drift: entry.id, pointer: tablePointer, side: 'table', table: entry.table.says, observed: `${entry.table.name ?? tablePointer} (the table's spelling)` });
  }
  if (wirePointer !== undefined && present(body, wirePointer)) {
    observations.push({ drift: entry.id, pointer: wirePointer, side: 'other', table: entry.table.says, observed: `${entry.other.name ?? wirePointer} (the ${entry.source}'s spelling)` });
  }
  return observations;
}

function observeNullability(entry: LedgerEntry, body: unknown): DriftObservation[] {
  const observations: DriftObservation[] = [];
  for (const pointer of entry.pointers) {
    if (!present(body, pointer)) continue;
    const value = valueAt(body, segmentsOf(pointer));
    const type = rowType(pointer);
    const table = entry.table.type ?? type ?? 'a value';
    if (value === null) {
      observations.push({ drift: entry.id, pointer, side: 'other', table, observed: 'null' });
    } else if (entry.source === 'example') {
      // A wire entry covers many rows, so only its other side is worth a line.
      const side = type !== undefined && matchesTableType(value, type) ? 'table' : 'neither';
      observations.push({ drift: entry.id, pointer, side, table, observed: describeValue(value) });
    }
  }
  return observations;
}

function observeTimestampZone(entry: LedgerEntry, body: unknown): DriftObservation[] {
  const observations: DriftObservation[] = [];
  for (const pointer of entry.pointers) {
    const value = valueAt(body, segmentsOf(pointer));
    if (typeof value !== 'string') continue;
    const parsed = parseTimestamp(value);
    const zoneless = parsed !== undefined && !parsed.hasZone && value.charAt(10) === 'T';
    observations.push({ drift: entry.id, pointer, side: zoneless ? 'other' : 'neither', table: entry.table.says, observed: zoneless ? `zone-less ${value}` : `${parsed?.hasZone ? 'zoned' : 'other form'} ${value}` });
  }
  return observations;
}

function observeNesting(entry: LedgerEntry, body: unknown): DriftObservation[] {
  const [pointer] = entry.pointers;
  if (pointer === undefined) return [];
  const nested = valueAt(body, segmentsOf(pointer));
  if (isObject(nested)) return [{ drift: entry.id, pointer, side: 'other', table: entry.table.says, observed: 'a nested object, as the example has it' }];
  const owner = pointer.slice(0, pointer.lastIndexOf('/'));
  const childNames = loadContractSources()
    .transcription.responseRows.filter((row) => row.pointer.startsWith(`${pointer}/`) && row.pointer.lastIndexOf('/') === pointer.length)
    .map((row) => row.name);
  const flat = childNames.filter((name) => name !== 'id' && name !== 'created_at' && name !== 'updated_at' && present(body, `${owner}/${name}`));
  if (flat.length === 0) return [];
  return [{ drift: entry.id, pointer: owner, side: 'table', table: entry.table.says, observed: `fields of ${pointer} directly in ${owner}: ${flat.join(', ')}` }];
}

function observePresence(entry: LedgerEntry, body: unknown): DriftObservation[] {
  if (!isObject(valueAt(body, ['shared']))) return [];
  // A row sent under its other spelling is the name entry's drift, not a missing row.
  const renamed = new Set(ledgerEntries().flatMap((candidate) => (otherNamePointer(candidate) && present(body, otherNamePointer(candidate) ?? '') ? candidate.pointers : [])));
  const missing = loadContractSources()
    .transcription.responseRows.map((row) => row.pointer)
    .filter((pointer) => {
      if (renamed.has(pointer)) return false;
      const segments = segmentsOf(pointer);
      return isObject(valueAt(body, segments.slice(0, -1))) && !present(body, pointer);
    });
  if (missing.length === 0) return [];
  return [{ drift: entry.id, pointer: '/shared', side: 'other', table: entry.table.says, observed: `rows absent: ${missing.join(', ')}` }];
}

const OBSERVERS: Readonly<Record<LedgerEntry['kind'], ((entry: LedgerEntry, body: unknown) => DriftObservation[]) | undefined>> = {
  name: observeName,
  nullability: observeNullability,
  'timestamp-zone': observeTimestampZone,
  nesting: observeNesting,
  presence: observePresence,
  // The page's descriptions never show in a body.
  description: undefined,
};

/** Returns, for each ledger entry a body can show, which side this body took. */
export function observeDrift(body: unknown): DriftObservation[] {
  return ledgerEntries().flatMap((entry) => OBSERVERS[entry.kind]?.(entry, body) ?? []);
}

const SIDE_WORDS: Readonly<Record<DriftSideTaken, string>> = { table: "the table's side", other: 'the other side', neither: 'neither side' };

export function formatDrift(observation: DriftObservation): string {
  const entry = ledgerEntries().find((candidate) => candidate.id === observation.drift);
  const side = observation.side === 'other' && entry ? `the ${entry.source}'s side` : SIDE_WORDS[observation.side];
  return `[drift ${observation.drift}] ${observation.pointer}: took ${side} with ${observation.observed}; table says ${observation.table}`;
}

/**
 * Returns the id of the ledger entry behind a schema error, or undefined when the error is no
 * known drift: a type error on a row the ledger lets be null, the table's name missing, or the
 * wire's name present.
 */
export function driftOfSchemaError(error: ErrorObject, body: unknown): string | undefined {
  const params = error.params as { missingProperty?: unknown; additionalProperty?: unknown; type?: unknown };
  const property = params.missingProperty ?? params.additionalProperty;
  const pointer = typeof property === 'string' ? `${error.instancePath}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}` : error.instancePath;
  const entries = ledgerEntries();
  const byKind = (kind: LedgerEntry['kind'], matches: (entry: LedgerEntry) => boolean): string | undefined =>
    (entries.find((entry) => entry.kind === kind && entry.source === 'example' && matches(entry)) ?? entries.find((entry) => entry.kind === kind && matches(entry)))?.id;

  if (error.keyword === 'required') {
    return byKind('name', (entry) => entry.pointers.includes(pointer)) ?? byKind('presence', (entry) => !(entry.other.required ?? []).includes(pointer));
  }
  if (error.keyword === 'additionalProperties') return byKind('name', (entry) => otherNamePointer(entry) === pointer);
  if (error.keyword === 'type' && valueAt(body, segmentsOf(pointer)) === null) return byKind('nullability', (entry) => entry.pointers.includes(pointer));
  return undefined;
}
