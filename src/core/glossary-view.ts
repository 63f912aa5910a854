/** The glossary in one language: terms in alphabetical order, each with its related terms and standards. */
import type { Language, Library } from './model';
import { localize, standardPermalink, type LinkView } from './views';

export interface GlossaryTermView {
  id: string;
  term: string;
  definition: string;
  seeAlso: Array<{ id: string; term: string }>;
  standards: LinkView[];
}

export function buildGlossaryView(library: Library, language: Language, baseUrl: string): GlossaryTermView[] {
  const byId = new Map(library.glossary.map((term) => [term.id, term]));
  const texts = localize(library, language);
  const standardTitle = (id: string) => texts.standard(id)?.title ?? id;
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return library.glossary
    .map((term) => ({
      id: term.id,
      term: term.term[language],
      definition: term.definition[language],
      seeAlso: (term.see_also ?? []).map((id) => ({ id, term: byId.get(id)?.term[language] ?? id })),
      standards: (term.standards ?? []).map((id) => ({ id, title: `${id} ${standardTitle(id)}`, permalink: standardPermalink(baseUrl, id) })),
    }))
    .sort((a, b) => collator.compare(a.term, b.term) || (a.id < b.id ? -1 : 1));
}
