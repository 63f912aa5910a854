/** Facts that depend on a date, as a standard's page shows them, in one language. */
import type { DatedFact, Language, StandardRecord, TranslationRecord } from './model';

export interface DatedFactView {
  /** The fact, in the page's language where translated, else in English (see textLanguage). */
  fact: string;
  textLanguage: Language;
  kind: DatedFact['kind'];
  /** YYYY-MM-DD; absent for a pending fact with no date yet. */
  date?: string;
  reviewBy: string;
  /** The source that states the fact, and when it was last checked. */
  source: { title: string; url: string; checked?: string };
}

/**
 * The dated facts of one standard in `language`. A translation gives the facts' text only when it
 * translates every one of them; otherwise the English is shown and marked as English.
 */
export function datedFactViews(record: StandardRecord, translation: TranslationRecord | undefined, language: Language, source: Language): DatedFactView[] {
  const facts = record.dated_facts ?? [];
  const translated = translation?.dated_facts?.length === facts.length ? translation.dated_facts : undefined;
  return facts.map((fact, index) => {
    const cited = record.sources.find((item) => item.url === fact.source);
    return {
      fact: translated?.[index]?.fact ?? fact.fact,
      textLanguage: translated ? language : source,
      kind: fact.kind,
      ...(fact.date ? { date: fact.date } : {}),
      reviewBy: fact.review_by,
      source: { title: cited?.title ?? fact.source, url: fact.source, ...(cited ? { checked: cited.checked } : {}) },
    };
  });
}
