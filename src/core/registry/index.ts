/**
 * The registry of content types: every kind of content the library holds, in the order the loader
 * reads them and a release snapshot stores them. Adding a kind is adding an entry here (see
 * ARCHITECTURE.md, "Adding a content type").
 */
import type { Library } from '../model';
import { createSnapshot, type ReleaseSnapshot } from '../releases/snapshot';
import type { Rule } from '../rules/context';
import type { ContentKind } from '../schemas';
import type { RecordOptions, SearchRecord } from '../search/records';
import { CHECKLIST_TYPE, DOMAIN_TYPE, GLOSSARY_TYPE, LIBRARY_TYPE, RELEASE_TYPE, STANDARD_TYPE, TRANSLATION_TYPE } from './data-types';
import { AUDIENCE_PATH_TYPE, CURRICULUM_TYPE, GUIDE_TYPE, LESSON_TYPE, TOOL_TYPE } from './page-types';
import { CASE_STUDY_TYPE, FIGURES_TYPE, ORGANIZATION_TYPE } from './public-types';
import { TOOL_DATA_TYPES } from './tool-data-types';
import type { ContentType, FilePlace } from './types';

export type { Bilingual, ContentType, FilePlace, Scaffold } from './types';
export { TOOL_DATA_TYPES } from './tool-data-types';

/** Every kind of content. A file is of the first kind whose `match` accepts it. */
export const CONTENT_TYPES: readonly ContentType[] = [
  LIBRARY_TYPE,
  DOMAIN_TYPE,
  STANDARD_TYPE,
  TRANSLATION_TYPE,
  GLOSSARY_TYPE,
  CHECKLIST_TYPE,
  RELEASE_TYPE,
  CASE_STUDY_TYPE,
  ORGANIZATION_TYPE,
  FIGURES_TYPE,
  LESSON_TYPE,
  CURRICULUM_TYPE,
  TOOL_TYPE,
  AUDIENCE_PATH_TYPE,
  GUIDE_TYPE,
  ...TOOL_DATA_TYPES,
];

/** The entry of a kind. */
export function contentType(kind: ContentKind): ContentType {
  const type = CONTENT_TYPES.find((entry) => entry.kind === kind);
  if (!type) throw new Error(`No content type "${kind}" in src/core/registry`);
  return type;
}

/** The kind of a file and what its place says, or undefined when no kind claims it. */
export function classify(file: string): ({ kind: ContentKind } & FilePlace) | undefined {
  for (const type of CONTENT_TYPES) {
    const place = type.match(file);
    if (place) return { kind: type.kind, ...place };
  }
  return undefined;
}

/** The folders that hold content, each once, in registry order. */
export function contentFolders(format?: ContentType['format']): string[] {
  const folders = CONTENT_TYPES.filter((type) => !format || type.format === format).flatMap((type) => type.folders);
  return [...new Set(folders)].filter((folder, _index, all) => !all.some((other) => other !== folder && folder.startsWith(`${other}/`)));
}

/** Every cross-file rule of every kind, each once. */
export function crossFileRules(): Rule[] {
  return [...new Set(CONTENT_TYPES.flatMap((type) => type.rules))];
}

/** Every address of the site that some record has (for the link check), without the site's base URL. */
export function contentAddresses(library: Library): string[] {
  return CONTENT_TYPES.flatMap((type) => type.addresses?.(library) ?? []);
}

/** The search records of the whole library in one language, kind by kind. */
export function buildSearchRecords(library: Library, options: RecordOptions): SearchRecord[] {
  return CONTENT_TYPES.flatMap((type) => type.searchRecords?.(library, options) ?? []);
}

/** The kinds `npm run new` can make. */
export function scaffoldedTypes(): ContentType[] {
  return CONTENT_TYPES.filter((type) => type.scaffold);
}

/** The snapshot of release `version`: every kind frozen by releases, in registry order. */
export function freezeRelease(library: Library, version: string): ReleaseSnapshot {
  return createSnapshot(
    library,
    version,
    CONTENT_TYPES.flatMap((type) => (type.snapshot ? [type.snapshot] : [])),
  );
}
