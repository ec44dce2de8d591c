/**
 * Derivation of the 200-body schema of one profile from the transcription, the drift ledger and
 * the field formats. Documented takes the table as written: its names and types, every row
 * required, no nulls, closed objects. Compatible applies each ledger entry it accepts: the wire
 * spelling, nulls, and the sparse set of required rows. Its objects stay open, because the
 * undocumented-properties policy judges extra properties.
 */
import type { Profile } from '../../config/values';
import { type ContractSources, type FieldFormat, type LedgerEntry, otherNamePointer } from '../ledger';
import type { ResponseRow, TableType } from '../transcription';

export type JsonSchema = Record<string, unknown>;

/** Targets of the derived schema's refs: the shared types and the schema of each object row. */
export interface SchemaNaming {
  format(format: FieldFormat): string;
  object(row: ResponseRow): string;
}

export interface ProfileSchema {
  /** Keywords of the body itself. */
  root: JsonSchema;
  /** Schema of each object row, keyed by the row's name. */
  objects: Record<string, JsonSchema>;
}

const JSON_TYPES: Readonly<Record<TableType, string>> = { dict: 'object', string: 'string', boolean: 'boolean', int: 'integer' };

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function accepted(entries: readonly LedgerEntry[], profile: Profile, kind: LedgerEntry['kind']): LedgerEntry[] {
  return entries.filter((entry) => entry.kind === kind && entry.resolution[profile] === 'accept');
}

/** A property of the wire that the table spells differently: its pointer, the row it stands for and the ledger entry. */
interface WireName {
  pointer: string;
  row: ResponseRow;
  entry: LedgerEntry;
}

export function deriveProfileSchema(sources: ContractSources, profile: Profile, naming: SchemaNaming): ProfileSchema {
  const { transcription, ledger, formats } = sources;
  const rows = transcription.responseRows;
  const closed = profile === 'documented';

  const nullable = new Map<string, string>();
  for (const entry of accepted(ledger.entries, profile, 'nullability')) {
    for (const pointer of entry.pointers) nullable.set(pointer, entry.id);
  }
  const wireNames: WireName[] = [];
  for (const entry of accepted(ledger.entries, profile, 'name')) {
    const [tablePointer] = entry.pointers;
    const row = rows.find((candidate) => candidate.pointer === tablePointer);
    const pointer = otherNamePointer(entry);
    if (!row || !pointer) throw new Error(`Ledger entry ${entry.id} names no transcribed row.`);
    wireNames.push({ pointer, row, entry });
    if (entry.other.type === 'null') {
      nullable.set(row.pointer, entry.id);
      nullable.set(pointer, entry.id);
    }
  }
  const [presence] = accepted(ledger.entries, profile, 'presence');
  const required = new Set(presence?.other.required ?? rows.map((row) => row.pointer));

  const propertySchema = (pointer: string, row: ResponseRow, description: string, driftId?: string): JsonSchema => {
    const format = formats[row.pointer];
    const base: JsonSchema =
      row.type === 'dict' ? { $ref: naming.object(row) } : format ? { $ref: naming.format(format) } : { type: JSON_TYPES[row.type] };
    const nullDrift = nullable.get(pointer);
    const schema: JsonSchema = { description };
    const comments = [driftId, nullDrift].filter((id): id is string => id !== undefined);
    if (comments.length > 0) schema.$comment = `Drift accepted by this profile: ${[...new Set(comments)].join(', ')} (contract/drift-ledger.json).`;
    if (nullDrift === undefined) return { ...schema, ...base };
    if (typeof base.type === 'string') return { ...schema, type: [base.type, 'null'] };
    return { ...schema, anyOf: [base, { type: 'null' }] };
  };

  const objectSchema = (parent: string, description?: string): JsonSchema => {
    const properties: JsonSchema = {};
    const names: string[] = [];
    for (const row of rows.filter((candidate) => parentOf(candidate.pointer) === parent)) {
      properties[row.name] = propertySchema(row.pointer, row, row.description ?? row.name);
      if (required.has(row.pointer)) names.push(row.name);
    }
    for (const wire of wireNames.filter((candidate) => parentOf(candidate.pointer) === parent)) {
      const name = wire.pointer.slice(parent.length + 1);
      properties[name] = propertySchema(wire.pointer, wire.row, `Spelling of ${wire.row.name} that real bodies use. ${wire.row.description ?? ''}`.trim(), wire.entry.id);
    }
    return {
      type: 'object',
      ...(description ? { description } : {}),
      required: names,
      properties,
      additionalProperties: !closed,
    };
  };

  const objects: Record<string, JsonSchema> = {};
  for (const row of rows.filter((candidate) => candidate.type === 'dict')) {
    objects[row.name] = objectSchema(row.pointer, row.description);
  }
  return { root: objectSchema(''), objects };
}
