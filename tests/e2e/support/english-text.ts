/**
 * Is a piece of text on a Spanish page English? A test cannot ask a translator, so it counts words: the
 * English words that no Spanish sentence uses (function words such as "the" and "of", and the words of
 * the site's interface such as "download"), against the most common Spanish function words. A heading
 * such as "Feasibility and the go/no-go decision" has two English words and no Spanish one: it is English.
 * A Spanish sentence that quotes "(articles of incorporation)" has far more Spanish words: it is Spanish.
 *
 * Proper names in English (an organization, a co-op, the library's own name) are taken out before the
 * count: they are names, not English text.
 */

const ENGLISH_WORDS = new Set(
  (
    'the and of to is are was were be been being with for this that these those your you it its an on at or from by will can ' +
    'not have has had which what how who when where why should must about into their they we our if do does than then there here ' +
    'all any each only also more most other such may would could after before between within without over under up out in ' +
    // Words of the interface, which a Spanish page writes in Spanish.
    'download downloads print search previous next close show hide results skip copy edit page lesson lessons standards tools ' +
    'checklist checklists source sources checked updated released learn read view facilitator learner minutes overview share ' +
    'back home menu toggle theme dark light mode navigation filter filters clear'
  ).split(' '),
);

const SPANISH_WORDS = new Set(
  (
    'el la los las de del que y en un una unos unas para con por es son se su sus al lo como más o e no si sí le les este esta ' +
    'estos estas ese esa qué cómo cuándo quién hay ya muy también pero sin sobre entre cada todo todos puede pueden tiene tienen'
  ).split(' '),
);

export interface LanguageCount {
  readonly english: number;
  readonly spanish: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Takes the given names out of a text, longest first, so that "Fund of the Northeast" is not counted as English. */
export function withoutNames(text: string, names: readonly string[]): string {
  return [...names]
    .filter((name) => name.trim().length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((rest, name) => rest.replace(new RegExp(escape(name), 'gi'), ' '), text);
}

/** How many English-only and how many Spanish function words a text has. */
export function countLanguageWords(text: string): LanguageCount {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return {
    english: words.filter((word) => ENGLISH_WORDS.has(word)).length,
    spanish: words.filter((word) => SPANISH_WORDS.has(word)).length,
  };
}

/** Whether a text (with the names already taken out) reads as English: two English words or more, and at least as many as Spanish ones. */
export function readsAsEnglish(text: string): boolean {
  const { english, spanish } = countLanguageWords(text);
  return english >= 2 && english >= spanish;
}
