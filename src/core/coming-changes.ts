/**
 * The page of coming changes in the law (/standards/coming-changes): every dated fact of the current
 * standards in one language, with the standard it belongs to.
 */
import { datedFactViews, type DatedFactView } from './dated-facts-view';
import type { Language, Library } from './model';
import { standardPermalink } from './permalinks';
import { localize } from './views';

/** A standard, as the page of coming changes links to it. */
export interface ChangedStandardLink {
  id: string;
  title: string;
  permalink: string;
  textLanguage: Language;
}

/**
 * One change in the law, with every standard it touches. Standards that record the same change (the
 * same kind, day and source) share one entry; its words are those of the first of them.
 */
export interface ComingChangeView extends DatedFactView {
  standards: ChangedStandardLink[];
}

/**
 * Every change that the dated facts of the current standards record, soonest first; pending facts
 * without a date come last. Ties keep the order of the standards (by ID) and of the facts within each.
 */
export function comingChanges(library: Library, language: Language, baseUrl: string): ComingChangeView[] {
  const texts = localize(library, language);
  const source = library.meta.languages[0];
  const byChange = new Map<string, ComingChangeView>();
  for (const text of texts.standards) {
    const link: ChangedStandardLink = { id: text.record.id, title: text.title, permalink: standardPermalink(baseUrl, text.record.id), textLanguage: text.textLanguage };
    for (const fact of datedFactViews(text.record, text.translationRecord, language, source)) {
      const key = [fact.kind, fact.date ?? '', fact.source.url].join(' ');
      const known = byChange.get(key);
      if (!known) byChange.set(key, { ...fact, standards: [link] });
      else if (!known.standards.some((standard) => standard.id === link.id)) known.standards.push(link);
    }
  }
  const all = [...byChange.values()];
  const order = (view: ComingChangeView) => view.date ?? '9999-12-31';
  return all
    .map((view, index) => ({ view, index }))
    .sort((a, b) => compareDays(order(a.view), order(b.view)) || a.index - b.index)
    .map(({ view }) => view);
}

/** Days as YYYY-MM-DD sort as plain text. */
function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
