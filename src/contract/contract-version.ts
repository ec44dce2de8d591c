/**
 * The contract version: a hash of the contract's JSON Schemas, so a certificate names exactly
 * which contract it was checked against. Each file is parsed and re-serialised before hashing,
 * so whitespace and line endings do not change the version; any change of content does.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { listSchemaFiles, readSchemaFile } from './schema-registry';

/** Schema of the certification report itself: it describes the output, not the contract. */
export const REPORT_SCHEMA_FILE = 'conformance-report.schema.json';

export function contractSchemaFiles(): string[] {
  return listSchemaFiles().filter((file) => path.basename(file) !== REPORT_SCHEMA_FILE);
}

/** Returns `sha256:` and the first 16 hex digits of the hash over the sorted contract schema files. */
export function contractVersion(files: readonly string[] = contractSchemaFiles()): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(`${path.basename(file)}\n${JSON.stringify(readSchemaFile(file))}\n`);
  }
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}
