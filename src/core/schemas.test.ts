import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes } from './schema-types';
import { SCHEMA_DOCUMENTS } from './schemas';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS_DIR = path.join(ROOT, 'schemas');

describe('the JSON Schemas', () => {
  it('are all published, and are the files in schemas/', () => {
    const onDisk = fs
      .readdirSync(SCHEMAS_DIR)
      .filter((name) => name.endsWith('.schema.json'))
      .sort();
    expect(Object.keys(SCHEMA_DOCUMENTS).sort()).toEqual(onDisk);
    for (const name of onDisk) {
      expect(SCHEMA_DOCUMENTS[name]).toEqual(JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, name), 'utf8')));
    }
  });

  it('use JSON Schema draft 2020-12 and describe themselves', () => {
    for (const [name, schema] of Object.entries(SCHEMA_DOCUMENTS)) {
      const document = schema as { $schema?: string; $id?: string; title?: string };
      expect(document.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(document.$id, name).toBe(name);
      expect(document.title, name).toBeTruthy();
    }
  });

  it('match the checked-in TypeScript types (run "npm run types" after changing a schema)', async () => {
    const generated = await generateSchemaTypes(SCHEMAS_DIR);
    const checkedIn = fs.readFileSync(path.join(ROOT, 'src/core/generated/content-types.ts'), 'utf8');
    expect(checkedIn).toBe(generated);
  });
});
