/**
 * The one Ajv instance of the harness. Every schema under `schemas/` is added at start-up and
 * compiled on first use, then looked up by `$id`. Strict mode turns a misspelt keyword or format
 * into an error at compile time instead of a check that silently passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schemas');
export const SCHEMA_BASE = 'https://vbs-conformance.invalid/schemas/';

export const SCHEMA_IDS = {
  common: `${SCHEMA_BASE}common.schema.json`,
  errorBody: `${SCHEMA_BASE}error-body.schema.json`,
  showShareCompatible: `${SCHEMA_BASE}show-share.compatible.schema.json`,
  showShareDocumented: `${SCHEMA_BASE}show-share.documented.schema.json`,
  conformanceReport: `${SCHEMA_BASE}conformance-report.schema.json`,
} as const;

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv, ['iso-date-time', 'date-time', 'uuid']);
  return ajv;
}

/** Lists the schema files, sorted, as paths relative to the repository. */
export function listSchemaFiles(dir: string = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function readSchemaFile(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof (parsed as { $id?: unknown }).$id !== 'string') {
    throw new Error(`Schema ${file} is not a JSON object with a string $id.`);
  }
  return parsed as Record<string, unknown>;
}

let instance: Ajv2020 | undefined;

/** Returns the shared Ajv instance with every schema file added. */
export function schemaRegistry(): Ajv2020 {
  if (!instance) {
    const ajv = createAjv();
    for (const file of listSchemaFiles()) ajv.addSchema(readSchemaFile(file));
    instance = ajv;
  }
  return instance;
}

/** Returns the compiled validator of a schema by its `$id`; compiled once, then cached by Ajv. */
export function validatorFor(id: string): ValidateFunction {
  const validate = schemaRegistry().getSchema(id);
  if (!validate) throw new Error(`No schema with $id ${id} under ${SCHEMA_DIR}.`);
  return validate;
}

export type SchemaError = ErrorObject;
