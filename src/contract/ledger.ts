/**
 * The drift ledger (`contract/drift-ledger.json`): every disagreement of the response table with
 * the page's own example or with what real bodies and clients do, and how each profile resolves it.
 * The schema generator and the run-time drift observations both read it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Profile } from '../config/values';
import { SCHEMA_BASE, validatorFor } from './schema-registry';
import { CONTRACT_DIR, TRANSCRIPTION_FILE, type Transcription } from './transcription';

export type DriftKind = 'name' | 'nullability' | 'nesting' | 'timestamp-zone' | 'description' | 'presence';

/**
 * fail: the profile's schema rejects the other side. accept: it accepts both sides and the run
 * records which one the target took. policy: a variable decides. note: not visible in a body.
 */
export type Resolution = 'fail' | 'accept' | 'policy' | 'note';

export interface DriftSide {
  /** The side in words, as reports print it. */
  says: string;
  name?: string;
  type?: 'string' | 'boolean' | 'int' | 'dict' | 'null';
  /** Rows this side always sends, as pointers (presence entries only). */
  required?: string[];
}

export interface LedgerEntry {
  id: string;
  kind: DriftKind;
  /** Counterpart of the table: the page's example, or real bodies and clients. */
  source: 'example' | 'wire';
  /** Table rows concerned, as transcription pointers. */
  pointers: string[];
  table: DriftSide;
  other: DriftSide;
  resolution: Record<Profile, Resolution>;
  note?: string;
}

export interface DriftLedger {
  entries: LedgerEntry[];
}

export type FieldFormat = 'uuid' | 'projectId' | 'timestamp';

export const LEDGER_FILE = path.join(CONTRACT_DIR, 'drift-ledger.json');
export const FIELD_FORMATS_FILE = path.join(CONTRACT_DIR, 'field-formats.json');

export const CONTRACT_SCHEMA_IDS = {
  transcription: `${SCHEMA_BASE}contract-transcription.schema.json`,
  ledger: `${SCHEMA_BASE}drift-ledger.schema.json`,
  fieldFormats: `${SCHEMA_BASE}field-formats.schema.json`,
} as const;

/** Reads a contract data file and validates it against its schema, naming the file on failure. */
function readValidated<T>(file: string, schemaId: string): T {
  const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const validate = validatorFor(schemaId);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => `  ${error.instancePath || '(root)'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
    throw new Error([`${path.relative(process.cwd(), file)} does not match ${schemaId}:`, ...problems].join('\n'));
  }
  return data as T;
}

/** Every input of the derived contract, validated. */
export interface ContractSources {
  transcription: Transcription;
  ledger: DriftLedger;
  /** Format of each response row and URI parameter that has one, keyed by pointer or parameter name. */
  formats: Readonly<Record<string, FieldFormat>>;
  uriFormats: Readonly<Record<string, FieldFormat>>;
}

function formatsOf(file: { formats: Record<string, FieldFormat>; uriParameters: Record<string, FieldFormat> }): Pick<ContractSources, 'formats' | 'uriFormats'> {
  return { formats: file.formats, uriFormats: file.uriParameters };
}

let cached: ContractSources | undefined;

export function loadContractSources(): ContractSources {
  if (!cached) {
    cached = {
      transcription: readValidated<Transcription>(TRANSCRIPTION_FILE, CONTRACT_SCHEMA_IDS.transcription),
      ledger: readValidated<DriftLedger>(LEDGER_FILE, CONTRACT_SCHEMA_IDS.ledger),
      ...formatsOf(readValidated<{ formats: Record<string, FieldFormat>; uriParameters: Record<string, FieldFormat> }>(FIELD_FORMATS_FILE, CONTRACT_SCHEMA_IDS.fieldFormats)),
    };
  }
  return cached;
}

export function ledgerEntries(): readonly LedgerEntry[] {
  return loadContractSources().ledger.entries;
}

/** Returns the pointer of the other side's name of a name entry, for example the plural spelling. */
export function otherNamePointer(entry: LedgerEntry): string | undefined {
  const [tablePointer] = entry.pointers;
  if (entry.kind !== 'name' || tablePointer === undefined || entry.other.name === undefined) return undefined;
  return `${tablePointer.slice(0, tablePointer.lastIndexOf('/'))}/${entry.other.name}`;
}

/** Pointers of the response rows whose format is a timestamp. */
export function timestampPointers(): string[] {
  return Object.entries(loadContractSources().formats)
    .filter(([, format]) => format === 'timestamp')
    .map(([pointer]) => pointer);
}
