/**
 * The kinds of search records and the facets they can be filtered by. Kept apart from records.ts,
 * which reads Markdown, so that the browser can use these names without the build-time code.
 */
export const RECORD_TYPES = ['standard', 'domain', 'lesson', 'curriculum', 'tool', 'guide', 'glossary', 'path', 'case', 'organization', 'figure'] as const;
export type SearchRecordType = (typeof RECORD_TYPES)[number];

export const RECORD_FACETS = ['type', 'domain', 'level', 'stage', 'pathway', 'audience', 'sector', 'state', 'service'] as const;
export type RecordFacet = (typeof RECORD_FACETS)[number];
