/** Publishes the JSON Schemas under /schemas/ so that editors and partners can validate files. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_DOCUMENTS } from '../../core/schemas';

export async function publishSchemas(outDir: string): Promise<void> {
  const target = path.join(outDir, 'schemas');
  await fs.mkdir(target, { recursive: true });
  for (const [name, schema] of Object.entries(SCHEMA_DOCUMENTS).sort(([a], [b]) => (a < b ? -1 : 1))) {
    await fs.writeFile(path.join(target, name), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
