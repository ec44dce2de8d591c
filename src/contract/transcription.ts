/**
 * The transcription of the API page: the facts of its URI, response and status-code sections in
 * a machine-readable form, kept as data in `contract/`. Descriptions are the project's own words;
 * every other field is read from the page by the importer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../config/output-paths';

/** Types as the vendor's tables write them. */
export const TABLE_TYPES = ['dict', 'string', 'boolean', 'int'] as const;
export type TableType = (typeof TABLE_TYPES)[number];

export interface UriParameter {
  name: string;
  mandatory: boolean;
  description?: string;
}

export interface ResponseRow {
  /** JSON pointer of the field in a body, from the nesting the dict rows mark. */
  pointer: string;
  /** Name as the table writes it. */
  name: string;
  type: TableType;
  description?: string;
  /** Pointer of an earlier row whose table description has the same words as this row's. */
  sameDescriptionAs?: string;
}

export interface StatusCode {
  code: number;
  /** Standard HTTP reason phrase as the page lists it. */
  reason: string;
}

export interface Transcription {
  operation: { method: string; path: string };
  uriParameters: UriParameter[];
  /** Whether the page documents a request body. */
  requestBody: boolean;
  /** Response-table rows in table order. */
  responseRows: ResponseRow[];
  statusCodes: { normal: number[]; abnormal: StatusCode[] };
  /** The example response body. */
  example: unknown;
}

export const CONTRACT_DIR = path.join(REPOSITORY_ROOT, 'contract');
export const TRANSCRIPTION_FILE = path.join(CONTRACT_DIR, 'show-backup-share.transcription.json');

export function readTranscription(file: string = TRANSCRIPTION_FILE): Transcription {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Transcription;
}

/** Drops the project's own descriptions, leaving what an import of the page produces. */
export function pageFactsOf(transcription: Transcription): Transcription {
  return {
    ...transcription,
    uriParameters: transcription.uriParameters.map(({ description: _description, ...facts }) => facts),
    responseRows: transcription.responseRows.map(({ description: _description, ...facts }) => facts),
  };
}

/** Splits a JSON pointer into its unescaped segments. */
export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
