/**
 * The files `npm run derive` writes: the 200-body JSON Schema of each profile under `schemas/`
 * and an OpenAPI 3.1 document of the operation per profile under `openapi/`. They are committed,
 * and a self-test fails when deriving again would change one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../../config/output-paths';
import { PROFILES, type Profile } from '../../config/values';
import type { ContractSources, FieldFormat } from '../ledger';
import { SCHEMA_DIR, SCHEMA_IDS, readSchemaFile } from '../schema-registry';
import { type JsonSchema, deriveProfileSchema } from './profile-schema';

const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const SOURCES_NOTE = 'Derived by `npm run derive` from contract/show-backup-share.transcription.json, contract/drift-ledger.json and contract/field-formats.json; edit those, not this file.';

const PROFILE_NOTES: Readonly<Record<Profile, string>> = {
  documented: 'Documented profile: the response table as written, with every row required, no nulls and closed objects.',
  compatible: 'Compatible profile: what real bodies send and clients accept, with the wire spelling, nulls and a sparse required set; extra properties are judged by the undocumented-properties policy.',
};

export const OPENAPI_DIR = path.join(REPOSITORY_ROOT, 'openapi');

export function profileSchemaFile(profile: Profile): string {
  return path.join(SCHEMA_DIR, `show-share.${profile}.schema.json`);
}

export function openApiFile(profile: Profile): string {
  return path.join(OPENAPI_DIR, `show-backup-share.${profile}.openapi.json`);
}

function profileSchemaId(profile: Profile): string {
  return profile === 'documented' ? SCHEMA_IDS.showShareDocumented : SCHEMA_IDS.showShareCompatible;
}

export function deriveJsonSchema(sources: ContractSources, profile: Profile): JsonSchema {
  const { root, objects } = deriveProfileSchema(sources, profile, {
    format: (format) => `${SCHEMA_IDS.common}#/$defs/${format}`,
    object: (row) => `#/$defs/${row.name}`,
  });
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: profileSchemaId(profile),
    title: `Show backup share, 200 body, ${profile} profile`,
    description: `${PROFILE_NOTES[profile]} ${SOURCES_NOTE}`,
    ...root,
    $defs: objects,
  };
}

/** Upper-cases the first letter, for OpenAPI component names such as Backup and ProjectId. */
function componentName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Copies the $defs of a hand-written schema into components, pointing its local refs at them. */
function componentsOf(schema: Record<string, unknown>, prefix: string): Record<string, JsonSchema> {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' ? inner.replace(/^#\/\$defs\/(.+)$/, (_, name: string) => `#/components/schemas/${prefix}${componentName(name)}`) : rewrite(inner)]),
    );
  };
  const defs = (schema.$defs ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(defs).map(([name, def]) => [`${prefix}${componentName(name)}`, rewrite(def) as JsonSchema]));
}

function errorBodyComponents(): Record<string, JsonSchema> {
  const schema = readSchemaFile(path.join(SCHEMA_DIR, 'error-body.schema.json'));
  const components = componentsOf(schema, 'Error');
  const anyOf = (schema.anyOf as unknown[]).map((branch) => {
    const ref = (branch as { $ref: string }).$ref.replace(/^#\/\$defs\/(.+)$/, (_, name: string) => `#/components/schemas/Error${componentName(name)}`);
    return { $ref: ref };
  });
  return { ErrorBody: { description: String(schema.title), anyOf }, ...components };
}

const REASON_NOTES: Readonly<Record<number, string>> = {
  400: 'The request is invalid, for example a malformed share id.',
  401: 'The token is missing, invalid or expired.',
  403: 'The token may not read this share.',
  404: 'No share with this id is visible to the project.',
  405: 'The method is not supported on this path.',
};

/** Version of the described API, taken from the path (`/v2/...` gives `v2`), so the document changes only with the contract. */
function apiVersionOf(operationPath: string): string {
  return /^\/(v\d+(?:\.\d+)*)\//.exec(operationPath)?.[1] ?? 'unversioned';
}

export function deriveOpenApi(sources: ContractSources, profile: Profile): JsonSchema {
  const { transcription, uriFormats } = sources;
  const { root, objects } = deriveProfileSchema(sources, profile, {
    format: (format: FieldFormat) => `#/components/schemas/${componentName(format)}`,
    object: (row) => `#/components/schemas/${componentName(row.name)}`,
  });
  const common = readSchemaFile(path.join(SCHEMA_DIR, 'common.schema.json'));

  const parameters = transcription.uriParameters.map((parameter) => {
    const format = uriFormats[parameter.name];
    return {
      name: parameter.name,
      in: 'path',
      required: true,
      description: parameter.description,
      schema: format ? { $ref: `#/components/schemas/${componentName(format)}` } : { type: 'string' },
    };
  });

  const json = (schemaRef: string, extra: JsonSchema = {}): JsonSchema => ({ 'application/json': { schema: { $ref: schemaRef }, ...extra } });
  const responses: JsonSchema = {};
  for (const code of transcription.statusCodes.normal) {
    const examples = profile === 'compatible' ? { examples: { page: { summary: 'Example body of the API page', value: transcription.example } } } : {};
    responses[String(code)] = { description: 'The share and the backup it shares.', content: json('#/components/schemas/ShowShareResponse', examples) };
  }
  for (const { code, reason } of transcription.statusCodes.abnormal) {
    responses[String(code)] = { description: REASON_NOTES[code] ? `${reason}. ${REASON_NOTES[code]}` : reason, content: json('#/components/schemas/ErrorBody') };
  }

  const { method, path: operationPath } = transcription.operation;
  return {
    openapi: '3.1.0',
    info: {
      title: `Volume Backup Service: show a backup share (${profile} profile)`,
      version: apiVersionOf(operationPath),
      description: `${PROFILE_NOTES[profile]} ${SOURCES_NOTE}`,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: 'https://{endpoint}', description: 'Regional VBS endpoint', variables: { endpoint: { default: 'vbs.example.com', description: 'Host name of the regional endpoint' } } }],
    security: [{ authToken: [] }],
    tags: [{ name: 'Backup sharing', description: 'Sharing volume backups between projects' }],
    paths: {
      [operationPath]: {
        parameters,
        [method.toLowerCase()]: {
          operationId: 'showBackupShare',
          summary: 'Show a backup share',
          description: 'Returns one share and the backup it shares, as seen by the sharing or the receiving project.',
          tags: ['Backup sharing'],
          responses,
        },
      },
    },
    components: {
      securitySchemes: { authToken: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: 'IAM token scoped to the project in the path' } },
      schemas: {
        ShowShareResponse: { title: `Show backup share, 200 body, ${profile} profile`, ...root },
        ...Object.fromEntries(Object.entries(objects).map(([name, schema]) => [componentName(name), schema])),
        ...componentsOf(common, ''),
        ...errorBodyComponents(),
      },
    },
  };
}

/** Derives every output file, keyed by absolute path, with its exact text. */
export function derivedFiles(sources: ContractSources): Map<string, string> {
  const files = new Map<string, string>();
  const text = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  for (const profile of PROFILES) {
    files.set(profileSchemaFile(profile), text(deriveJsonSchema(sources, profile)));
    files.set(openApiFile(profile), text(deriveOpenApi(sources, profile)));
  }
  return files;
}

/** Returns the derived files whose committed text differs from a fresh derivation, relative to the repository. */
export function staleDerivedFiles(sources: ContractSources): string[] {
  const stale: string[] = [];
  for (const [file, text] of derivedFiles(sources)) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current !== text) stale.push(path.relative(REPOSITORY_ROOT, file));
  }
  return stale;
}
