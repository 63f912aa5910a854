/**
 * Builds the TypeScript declarations of every content file from the JSON Schemas in schemas/, so that
 * the types are never written twice. `npm run types` writes them; a test fails when they are stale.
 */
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';

/** The schema file of each kind of content, in the order the declarations are written. */
export const CONTENT_SCHEMAS = [
  'library.schema.json',
  'domain.schema.json',
  'standard.schema.json',
  'translation.schema.json',
  'glossary.schema.json',
  'checklist.schema.json',
  'release.schema.json',
  'lesson.schema.json',
  'curriculum.schema.json',
  'tool.schema.json',
  'audience-path.schema.json',
  'case-study.schema.json',
  'organization.schema.json',
  'figures.schema.json',
] as const;

const BANNER = `/* This file is generated from schemas/*.schema.json by \`npm run types\`. Do not edit it by hand. */`;

export async function generateSchemaTypes(schemasDir: string): Promise<string> {
  const wrapper = {
    title: 'ContentFiles',
    description: 'Every kind of content file of the library, by the schema that validates it.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(CONTENT_SCHEMAS.map((file) => [file.replace('.schema.json', ''), { $ref: file }])),
  };
  const source = await compile(wrapper as never, 'ContentFiles', {
    cwd: schemasDir,
    bannerComment: BANNER,
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  return source;
}

export function schemasDirectory(projectRoot: string): string {
  return path.join(projectRoot, 'schemas');
}
