/**
 * Rules of translated pages: each Spanish page (a lesson, tool, guide or audience page) translates an
 * English page that exists, and records in `source_hash` which English text it was made from. When the
 * English changes, the translation is stale: a warning, and the page says so to its readers.
 */
import type { ContentError } from '../errors';
import { pageSourceHash } from '../translation-hash';
import { errorAt, type Loaded, type PageFrontMatter, type Rule, type RuleContext } from './context';

export type PageTranslationState = 'current' | 'stale' | 'unstamped';

export interface PageTranslation {
  readonly record: Loaded<PageFrontMatter>;
  readonly original?: Loaded<PageFrontMatter>;
  readonly state: PageTranslationState;
}

/** Every translated page with the English page it translates and whether it is up to date. */
export function pageTranslations(context: Pick<RuleContext, 'pages'>): PageTranslation[] {
  const english = new Map(context.pages.filter((record) => record.file.language === 'en').map((record) => [record.file.docId, record]));
  return context.pages
    .filter((record) => record.file.language !== 'en')
    .map((record) => {
      const original = english.get(record.file.docId);
      const stamp = record.data.source_hash;
      const state: PageTranslationState = stamp === undefined ? 'unstamped' : original && stamp === pageSourceHash(original.text ?? '') ? 'current' : 'stale';
      return { record, original, state };
    });
}

export const pageTranslationsAreStamped: Rule = (context) => {
  const errors: ContentError[] = context.pages
    .filter((record) => record.file.language === 'en' && record.data.source_hash !== undefined)
    .map((record) =>
      errorAt(record, ['source_hash'], 'is only for a translation: it records which English text the translation was made from', 'remove it from the English page', 'key'),
    );
  for (const { record, original, state } of pageTranslations(context)) {
    const command = `npm run i18n:stamp -- ${record.file.file}`;
    if (!original) {
      errors.push(
        errorAt(
          record,
          ['title'],
          `has no English page to translate: no page under docs/ has the doc ID "${record.file.docId}"`,
          'give it the same path as its English page has under docs/, or remove it',
          'key',
        ),
      );
    } else if (state === 'unstamped') {
      errors.push(errorAt(record, ['title'], 'has no source_hash, so no one can tell when the English changes', `once it says all the English says, run: ${command}`, 'key'));
    } else if (state === 'stale') {
      errors.push({
        ...errorAt(
          record,
          ['source_hash'],
          `the English page ${original.file.file} has changed since this translation was made`,
          `update the translation to match it, then run: ${command}`,
        ),
        severity: 'warning' as const,
      });
    }
  }
  return errors;
};
