/**
 * Reading level of Spanish text, on the Szigriszt-Pazos perspicuity scale that the INFLESZ scale reads:
 * 206.835 - 62.3 x syllables per word - words per sentence. Higher is easier: below 40 very hard, 40-55
 * somewhat hard, 55-65 normal (what a secondary-school reader handles), 65-80 fairly easy, above 80 very
 * easy. Text is read block by block, as the English grade reads it.
 */
import { countReading } from './readability';

/** The least a Spanish statement may score: below 40 the INFLESZ scale calls a text "very hard". Aim for 55 ("normal") or more. */
export const STATEMENT_PERSPICUITY_LIMIT = 40;

const STRONG = 'aeoáéóíú';
const VOWEL = /[aeiouáéíóúü]/;

/**
 * The syllables of one Spanish word: each group of vowels is one nucleus, but two strong vowels side by
 * side (a, e, o) or an accented í or ú beside another vowel split the group (hiatus: "le-er", "dí-a").
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  let count = 0;
  let previous = '';
  for (const letter of letters) {
    if (!VOWEL.test(letter)) {
      previous = '';
      continue;
    }
    if (previous === '' || (STRONG.includes(previous) && STRONG.includes(letter))) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

/** The Szigriszt-Pazos perspicuity of the text, rounded to one decimal; 100 for text with no words. */
export function spanishPerspicuity(markdown: string): number {
  const counts = countReading(markdown, spanishSyllables);
  if (counts.word === 0) return 100;
  const score = 206.835 - (62.3 * counts.syllable) / counts.word - counts.word / counts.sentence;
  return Math.round(score * 10) / 10;
}
