/**
 * Finds the glossary terms that a text uses, in one language, so that pages can link them to their
 * definitions. A term written "A / B" or "A (B)" is found by each of its forms, singular or plural.
 */
import type { Language, Library } from './model';

export interface TermFinder {
  /** Matches any form of any term, as a whole word; use with `termIdOf`. */
  readonly pattern: RegExp;
  /** The glossary ID of a matched form. */
  termIdOf(match: string): string | undefined;
  /** The IDs of the terms used in the texts, in order of first use. */
  termsIn(texts: readonly string[]): string[];
}

export function createTermFinder(library: Library, language: Language): TermFinder {
  const idByForm = new Map<string, string>();
  for (const term of library.glossary) {
    for (const form of formsOf(term.term[language])) {
      if (!idByForm.has(form.toLowerCase())) idByForm.set(form.toLowerCase(), term.id);
    }
  }
  // Longest forms first, so "patronage dividend" wins over "patronage".
  const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternatives = forms.map(escapeRegExp).join('|') || '(?!)';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?:e?s)?(?![\\p{L}\\p{N}-])`, 'giu');
  const termIdOf = (match: string) => {
    const lower = match.toLowerCase();
    return idByForm.get(lower) ?? idByForm.get(lower.replace(/s$/, '')) ?? idByForm.get(lower.replace(/es$/, ''));
  };
  return {
    pattern,
    termIdOf,
    termsIn(texts) {
      const found: string[] = [];
      for (const text of texts) {
        for (const match of text.matchAll(pattern)) {
          const id = termIdOf(match[0]);
          if (id && !found.includes(id)) found.push(id);
        }
      }
      return found;
    },
  };
}

/** "Cuota de ingreso (acción de membresía)" gives both names; "Trabajador-dueño / trabajadora-dueña" both forms. */
function formsOf(term: string): string[] {
  return term
    .split('/')
    .flatMap((part) => {
      const inner = /\(([^)]+)\)/.exec(part)?.[1];
      return [part.replace(/\([^)]*\)/g, ''), ...(inner ? [inner] : [])];
    })
    .map((form) => form.replace(/\s+/g, ' ').trim())
    .filter((form) => form.length > 2);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
