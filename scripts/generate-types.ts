/** Writes src/core/generated/content-types.ts from the JSON Schemas. Run it after changing a schema. */
import fs from 'node:fs';
import path from 'node:path';
import { generateSchemaTypes } from '../src/core/schema-types';

export const GENERATED_TYPES_FILE = path.join('src', 'core', 'generated', 'content-types.ts');

async function main(): Promise<void> {
  const root = process.cwd();
  const source = await generateSchemaTypes(path.join(root, 'schemas'));
  fs.writeFileSync(path.join(root, GENERATED_TYPES_FILE), source);
  console.log(`Wrote ${GENERATED_TYPES_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
