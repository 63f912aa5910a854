/**
 * Rules of facts that age: each source says when it was last checked, and each fact that depends on a
 * date names the source that states it and the day by which someone checks it again.
 *
 * A fact past its review-by day is a warning, not an error: the page is still right as far as anyone
 * knows, but the library owes its readers a new look. These are the only rules that read the clock, and
 * they only report; nothing they find changes what the build writes.
 */
import type { Standard } from '../generated/content-types';
import { standardSourceHash } from '../translation-hash';
import { errorAt, type Loaded, type Rule } from './context';

/** Today as YYYY-MM-DD in UTC, the form every date in the data takes. */
export function todayInUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const datedFactsNameTheirSources: Rule = (context) =>
  context.standards.flatMap((record) => {
    const urls = new Set(record.data.sources.flatMap((source) => (source.url ? [source.url] : [])));
    return (record.data.dated_facts ?? []).flatMap((fact, index) =>
      urls.has(fact.source)
        ? []
        : [
            errorAt(
              record,
              ['dated_facts', index, 'source'],
              `${fact.source} is not the url of any source of ${record.data.id}`,
              'use the url of a source listed under sources, or add the source that states this fact there',
            ),
          ],
    );
  });

export const sourcesAreNotCheckedInTheFuture: Rule = (context) => {
  const today = context.today ?? todayInUtc();
  return context.standards.flatMap((record) =>
    record.data.sources.flatMap((source, index) =>
      source.checked > today
        ? [errorAt(record, ['sources', index, 'checked'], `${source.checked} is a day that has not come yet`, 'write the day you last read the source, as YYYY-MM-DD')]
        : [],
    ),
  );
};

/** A warning for each dated fact whose review-by day has passed. */
export const datedFactsAreReviewedInTime: Rule = (context) => {
  const today = context.today ?? todayInUtc();
  return context.standards.flatMap((record) => (record.data.dated_facts ?? []).flatMap((fact, index) => (fact.review_by < today ? [overdue(record, index, fact.review_by)] : [])));
};

function overdue(record: Loaded<Standard>, index: number, reviewBy: string) {
  return {
    ...errorAt(
      record,
      ['dated_facts', index, 'review_by'],
      `this fact was due for review on ${reviewBy}`,
      'check the fact against its source; then update the text if the law has changed, set checked on the source to today, and set a new review_by',
    ),
    severity: 'warning' as const,
  };
}

/** A translation that is up to date translates every dated fact of the English, no more and no fewer. */
export const translationsTranslateEveryDatedFact: Rule = (context) =>
  context.translations.flatMap((record) => {
    const english = context.standardsById.get(record.data.id);
    // A stale translation is already reported, and falls back to the English until it is brought up to date.
    if (!english || record.data.source_hash !== standardSourceHash(english)) return [];
    const expected = english.dated_facts?.length ?? 0;
    const found = record.data.dated_facts?.length ?? 0;
    if (expected === found) return [];
    const path = found > 0 ? ['dated_facts'] : ['id'];
    return [
      errorAt(
        record,
        path,
        `has ${found} dated fact${found === 1 ? '' : 's'}, but ${record.data.id} has ${expected}`,
        expected > found ? 'add a "- fact:" for each dated fact of the English file, in the same order' : 'remove the dated facts the English file no longer has',
        found > 0 ? 'key' : 'value',
      ),
    ];
  });
