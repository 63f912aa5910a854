/**
 * Turns text into search terms, the same way for the index and for a query: fold case and accents,
 * split into words, drop the most common small words, and reduce each word to its stem with the
 * Snowball stemmer of its language. `cooperativas`, `Cooperativa` and `cooperativa` give one term;
 * `decision` and `decisión` give one term.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as spanishStopwords } from '@orama/stopwords/spanish';

export type SearchLanguage = 'en' | 'es';

const STEMMERS: Record<SearchLanguage, (word: string) => string> = { en: englishStemmer, es: spanishStemmer };

// Words that carry meaning in co-op work are kept even where a general list drops them:
// "own" (worker-owned), "horas" (patronage by hours), "cuenta" (capital account), "acuerdo" (agreement).
const KEEP: ReadonlySet<string> = new Set([
  'own',
  'horas',
  'cuenta',
  'acuerdo',
  'empleo',
  'fin',
  'final',
  'general',
  'parte',
  'mayor',
  'nuevo',
  'nueva',
  'trabajo',
  'dar',
  'medio',
  'lado',
  'grandes',
  'buena',
  'mejor',
]);

// Words people put in questions that say nothing about the topic, missing from the general lists.
const QUESTION_WORDS: Record<SearchLanguage, readonly string[]> = {
  en: ['much', 'many', 'get', 'gets', 'got', 'need', 'needs', 'want', 'wants', 'also', 'really', 'please'],
  es: [
    'cuanto',
    'cuanta',
    'cuantos',
    'cuantas',
    'tengo',
    'tiene',
    'tienen',
    'tenemos',
    'necesito',
    'necesita',
    'quiero',
    'puedo',
    'podemos',
    'cuando',
    'donde',
    'porque',
    'aunque',
    'tambien',
    'nuestro',
    'nuestra',
    'nuestros',
    'nuestras',
    'ustedes',
    'nosotros',
  ],
};

// The Spanish list of the library also holds many full words; only its short function words are used.
const STOPWORDS: Record<SearchLanguage, ReadonlySet<string>> = {
  en: new Set([...englishStopwords.map(fold).filter((word) => !KEEP.has(word)), ...QUESTION_WORDS.en]),
  es: new Set([...spanishStopwords.map(fold).filter((word) => word.length <= 5 && !KEEP.has(word)), ...QUESTION_WORDS.es]),
};

/** Lower case without accents: `Decisión` gives `decision`, `ñ` gives `n`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The folded words of a text, in order, including stop words. Apostrophes stay inside words. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

export function isStopword(word: string, language: SearchLanguage): boolean {
  return STOPWORDS[language].has(word);
}

/**
 * The term a folded word is indexed under. The Spanish stemmer knows suffixes by their accents, so
 * the accent of -ción and -sión is put back first: `interpretacion` and `interpretación` both give
 * `interpret`, like `intérprete`.
 */
export function stem(word: string, language: SearchLanguage): string {
  if (/^\p{N}+$/u.test(word) || word.length < 4) return word;
  const spelled = language === 'es' ? word.replace(/([cs])ion$/, '$1ión') : word;
  return fold(STEMMERS[language](spelled));
}

/** A standard ID written as one search term: `GOV-03`, `gov03` and `gov 3` all give `gov03`. */
export function idTerm(text: string): string | undefined {
  const match = /^\s*([a-z]{2,5})[\s\-_.]*0*(\d{1,3})\s*$/i.exec(text);
  if (!match) return undefined;
  return `${match[1]!.toLowerCase()}${match[2]!.padStart(2, '0')}`;
}

/** The standard IDs written inside a text, as search terms. */
export function idTermsIn(text: string): string[] {
  return [...text.matchAll(/\b([A-Z]{2,5})-(\d{2,3})\b/g)].map((match) => `${match[1]!.toLowerCase()}${match[2]}`);
}

/** The terms of a text for the index: stems of every word that is not a stop word, plus standard IDs. */
export function terms(text: string, language: SearchLanguage): string[] {
  const result: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || isStopword(word, language)) continue;
    result.push(stem(word, language));
  }
  result.push(...idTermsIn(text));
  return result;
}
