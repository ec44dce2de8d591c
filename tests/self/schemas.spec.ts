import path from 'node:path';
import { test, expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { SCHEMA_IDS, listSchemaFiles, readSchemaFile, validatorFor } from '../../src/contract/schema-registry';
import { docExample, readJson } from '../support/factories';

test.describe('schema files', () => {
  test('every file compiles under strict mode', () => {
    const files = listSchemaFiles();
    const schemas = files.map(readSchemaFile);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats(ajv, ['iso-date-time', 'date-time', 'uuid']);
    for (const schema of schemas) ajv.addSchema(schema);

    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const [index, schema] of schemas.entries()) {
      const name = path.basename(files[index] ?? '');
      expect(schema.$schema, `${name} has $schema`).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, `${name} has an $id ending in its file name`).toMatch(new RegExp(`/${name.replace(/\./g, '\\.')}$`));
      expect(() => ajv.getSchema(String(schema.$id)), `${name} compiles`).not.toThrow();
    }
  });

  test('doc example matches compatible', () => {
    const validate = validatorFor(SCHEMA_IDS.showShareCompatible);

    expect(validate(docExample()), JSON.stringify(validate.errors)).toBe(true);
  });

  test('public show bodies match compatible', () => {
    const validate = validatorFor(SCHEMA_IDS.showShareCompatible);

    for (const file of ['public/otcdocs-1.json', 'public/gophertelekomcloud-1.json']) {
      expect(validate(readJson(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test('public list items match compatible', () => {
    const validate = validatorFor(SCHEMA_IDS.showShareCompatible);

    for (const file of ['public/otcdocs-2.json', 'public/gophertelekomcloud-2.json']) {
      const list = readJson(file) as { shared: unknown[] };
      for (const item of list.shared) {
        expect(validate({ shared: item }), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  test('public error bodies match the error schema', () => {
    const validate = validatorFor(SCHEMA_IDS.errorBody);

    for (const file of ['public/otcdocs-6.json', 'public/otcdocs-7.json', 'public/otcdocs-8.json', 'public/huaweiapig-1.json']) {
      expect(validate(readJson(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test('error schema rejects unknown styles', () => {
    const validate = validatorFor(SCHEMA_IDS.errorBody);

    expect(validate({ message: 'not found' })).toBe(false);
    expect(validate({ itemNotFound: { message: 'no code' } })).toBe(false);
    expect(validate({ error: 'flat string' })).toBe(false);
    expect(validate({ itemNotFound: { code: 404, message: 'a' }, extra: {} })).toBe(false);
  });
});
