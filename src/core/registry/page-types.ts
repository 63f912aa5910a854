/**
 * The kinds of content written as pages under docs/ (and their Spanish copies under i18n/es/): lessons,
 * curriculum overviews, tools and guides. Their front matter is the data; their body is read once into
 * a tree (see page-source.ts).
 */
import { DOC_FOLDERS, docIdOf, docPlace } from '../doc-address';
import { lessonsHaveEveryPart } from '../rules/lessons';
import { pageTranslationsAreStamped } from '../rules/page-translations';
import { spanishLessonsReadPlainly } from '../rules/readability';
import { audiencePathsAreBilingual, publicRecordsAreNotCheckedInTheFuture } from '../rules/public-records';
import { docPagesNameRealStandards, lessonPrerequisitesExist } from '../rules/references';
import { docRecordsOfKind } from '../search/records';
import { lessonScaffold, toolScaffold } from './scaffolds';
import type { ContentType, FilePlace } from './types';

const PAGE_FOLDERS = DOC_FOLDERS.map(({ folder }) => folder);

/** A page of the current docs whose doc ID passes `test`, with its language and doc ID. */
function docPage(test: (parts: readonly string[]) => boolean): (file: string) => FilePlace | undefined {
  return (file) => {
    const place = docPlace(file);
    if (!place || !/\.mdx?$/.test(place.relative)) return undefined;
    const docId = docIdOf(place.relative);
    return test(docId.split('/')) ? { language: place.language, docId } : undefined;
  };
}

const isIndex = (parts: readonly string[]) => parts.at(-1) === 'index';

export const LESSON_TYPE: ContentType = {
  kind: 'lesson',
  label: { en: 'lesson', es: 'lección' },
  format: 'page',
  folders: PAGE_FOLDERS,
  match: docPage((parts) => parts[0] === 'curricula' && parts.length === 3 && !isIndex(parts)),
  identity: 'its doc ID: the path under docs/ without number prefixes, e.g. curricula/<curriculum>/<lesson>',
  versioned: 'docs-version',
  translated: 'pages',
  rules: [lessonPrerequisitesExist, lessonsHaveEveryPart, docPagesNameRealStandards, pageTranslationsAreStamped, spanishLessonsReadPlainly],
  searchRecords: docRecordsOfKind('lesson'),
  scaffold: lessonScaffold,
};

export const CURRICULUM_TYPE: ContentType = {
  kind: 'curriculum',
  label: { en: 'curriculum', es: 'plan de estudios' },
  format: 'page',
  folders: PAGE_FOLDERS,
  match: docPage((parts) => parts[0] === 'curricula' && parts.length === 3 && isIndex(parts)),
  identity: 'its folder under docs/curricula/',
  versioned: 'docs-version',
  translated: 'pages',
  rules: [pageTranslationsAreStamped],
  searchRecords: docRecordsOfKind('curriculum'),
};

export const TOOL_TYPE: ContentType = {
  kind: 'tool',
  label: { en: 'tool', es: 'herramienta' },
  format: 'page',
  folders: PAGE_FOLDERS,
  match: docPage((parts) => parts[0] === 'tools' && parts.length === 2 && !isIndex(parts)),
  identity: 'its doc ID, e.g. tools/<tool>',
  versioned: 'docs-version',
  translated: 'pages',
  rules: [pageTranslationsAreStamped],
  searchRecords: docRecordsOfKind('tool'),
  scaffold: toolScaffold,
};

/** A page for one kind of reader (a non-profit, a business owner, the public...), in docs/paths/. */
export const AUDIENCE_PATH_TYPE: ContentType = {
  kind: 'audience-path',
  label: { en: 'audience page', es: 'página para un público' },
  format: 'page',
  folders: PAGE_FOLDERS,
  match: docPage((parts) => parts[0] === 'paths' && parts.length === 2 && !isIndex(parts)),
  identity: 'its doc ID, e.g. paths/nonprofits; one page per audience, in English and in Spanish',
  versioned: 'docs-version',
  translated: 'pages',
  rules: [audiencePathsAreBilingual, publicRecordsAreNotCheckedInTheFuture, pageTranslationsAreStamped],
  searchRecords: docRecordsOfKind('audience-path'),
};

/** Every other page of the docs: the guides, and the opening page of each part. */
export const GUIDE_TYPE: ContentType = {
  kind: 'guide',
  label: { en: 'guide', es: 'guía' },
  format: 'page',
  folders: PAGE_FOLDERS,
  match: docPage(() => true),
  identity: 'its doc ID, e.g. guides/<guide>',
  versioned: 'docs-version',
  translated: 'pages',
  rules: [pageTranslationsAreStamped],
  searchRecords: docRecordsOfKind('guide'),
};
