import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openApiFile } from '../../src/contract/derive/outputs';
import { docExample } from '../support/factories';

type OpenApiDocument = { components: { schemas: Record<string, unknown> } } & Record<string, unknown>;

function readDocument(profile: 'compatible' | 'documented'): OpenApiDocument {
  return JSON.parse(fs.readFileSync(openApiFile(profile), 'utf8')) as OpenApiDocument;
}

/** Validates a document with @seriousme/openapi-schema-validator, which checks it against the official OpenAPI 3.1 schemas. */
async function lint(document: unknown): Promise<{ valid: boolean; errors?: unknown }> {
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  const validator = new Validator();
  const result = await validator.validate(document as Record<string, unknown>);
  return { valid: result.valid, errors: result.errors };
}

/** Compiles the 200 schema of a document with its components, as a user's tool would. */
function responseValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv, ['iso-date-time', 'date-time', 'uuid']);
  // The document root is no schema; declaring its keyword lets strict mode resolve refs through it.
  ajv.addVocabulary(['components']);
  ajv.addSchema({ $id: 'https://openapi.invalid/document.json', components: document.components }, undefined, false);
  return ajv.compile({ $ref: 'https://openapi.invalid/document.json#/components/schemas/ShowShareResponse' });
}

test.describe('OpenAPI documents', () => {
  for (const profile of ['compatible', 'documented'] as const) {
    test(`${profile} document passes the validator`, async () => {
      const result = await lint(readDocument(profile));

      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
    });
  }

  test('validator rejects a broken document', async () => {
    const document = readDocument('compatible');
    const [path] = Object.values(document.paths as Record<string, { parameters: Record<string, unknown>[] }>);
    delete path?.parameters[0]?.in;

    const result = await lint(document);

    expect(result.valid).toBe(false);
  });

  test('compatible 200 schema accepts the example', () => {
    const validate = responseValidator(readDocument('compatible'));

    expect(validate(docExample()), JSON.stringify(validate.errors)).toBe(true);
  });

  test('documented 200 schema rejects the example', () => {
    const validate = responseValidator(readDocument('documented'));

    expect(validate(docExample())).toBe(false);
  });

  test('every documented status has a response', () => {
    const document = readDocument('compatible');
    const [operation] = Object.values(document.paths as Record<string, { get: { responses: Record<string, unknown> } }>);

    expect(Object.keys(operation?.get.responses ?? {})).toEqual(['200', '400', '401', '403', '404', '405', '406', '407', '408', '409', '500', '501', '502', '503', '504']);
  });
});
