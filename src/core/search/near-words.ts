/**
 * Words a reader may have meant: when a query's word is in no page (a typo on a phone keyboard), the
 * index's terms that are one or two small edits away from it. An edit is a letter added, dropped,
 * changed, or two letters swapped (Damerau-Levenshtein, with the swaps of neighbours only). A typo in the
 * ending of a word often stops the stemmer from cutting it, so a term that the word starts with, within
 * one edit, also counts, a little further away.
 */
import { fold } from './text';

/** The number of edits between two words, or `limit + 1` as soon as it is sure to be more than `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a word may be from what the reader meant: one, or two for a long word. */
export const editsAllowed = (word: string) => (word.length >= 7 ? 2 : 1);

/** The longest ending a term may leave over when the word only starts with it. */
const LEFTOVER = 4;

/**
 * How far a term of the index is from a query word (its stem and its folded form): the edits, or the
 * edits to the word's start plus a half and a share of the ending left over when the term only starts
 * the word; undefined when too far.
 */
export function nearness(term: string, stemmed: string, word: string): number | undefined {
  if (term.length < 4) return undefined;
  const allowed = editsAllowed(word);
  const whole = Math.min(editDistance(term, stemmed, allowed), editDistance(term, word, allowed));
  if (whole <= allowed) return whole;
  const leftover = word.length - term.length;
  if (leftover < 1 || leftover > LEFTOVER) return undefined;
  // Further than a whole word at the same distance, and the more so the longer the ending left over.
  const start = editDistance(term, word.slice(0, term.length), 1);
  return start <= 1 ? start + 0.5 + leftover / LEFTOVER : undefined;
}

/**
 * The query as the reader probably meant it: each word that is in no page replaced by the word that
 * `texts` (the best results) write for the term searched instead, the one nearest to what was typed,
 * with its accents; undefined when the texts do not write one.
 */
export function meantQuery(query: string, near: ReadonlyArray<{ word: string; term: string }>, texts: readonly string[], termOf: (word: string) => string): string | undefined {
  const written = texts.flatMap((text) => text.match(/[\p{L}\p{N}]+/gu) ?? []);
  let meant = query;
  for (const { word, term } of near) {
    const [spelled] = written.filter((candidate) => termOf(candidate) === term).sort((a, b) => editDistance(fold(a), word, 99) - editDistance(fold(b), word, 99));
    if (!spelled) return undefined;
    meant = meant.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu'), spelled.toLowerCase());
  }
  return meant === query ? undefined : meant.trim();
}
