/**
 * The words of the synthetic pages and queries of the search benchmark: the real words of the
 * library's standards, domains and glossary (English), ranked by how often they occur there, and
 * drawn with a Zipf-like distribution over that rank, as words are in real text. Everything is
 * deterministic: a seeded generator, no Math.random, no clock; the pages change only when the
 * library's text does.
 */
import { stopwords } from '@orama/stopwords/english';
import type { Library } from '../../src/core/model';

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Draws words by rank: the word of rank r comes with a weight of 1 / (r + shift)^exponent. */
export class ZipfWords {
  private readonly cumulative: Float64Array;

  constructor(
    readonly words: readonly string[],
    exponent = 1,
    shift = 2.7,
  ) {
    if (words.length === 0) throw new Error('A Zipf distribution needs at least one word.');
    this.cumulative = new Float64Array(words.length);
    let total = 0;
    words.forEach((_, rank) => {
      total += 1 / (rank + 1 + shift) ** exponent;
      this.cumulative[rank] = total;
    });
  }

  draw(random: Random): string {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return this.words[low]!;
  }
}

export interface Vocabulary {
  /** Every word, most frequent first: articles and prepositions included, as in running text. */
  readonly text: ZipfWords;
  /** Words that carry meaning (no stop words, at least 3 letters), for titles, headings and queries. */
  readonly content: ZipfWords;
}

const WORD = /[a-z]+(?:['’-][a-z]+)*/g;
// The general English list, not the engine's own: the pages stay the same when the engine's list changes.
const STOPWORDS: ReadonlySet<string> = new Set(stopwords);

/** The English words of the library, ranked by how often they occur (ties in alphabetical order). */
export function libraryVocabulary(library: Library): Vocabulary {
  const texts: string[] = [];
  for (const standard of library.standards) texts.push(standard.title, standard.statement, standard.rationale, standard.guidance, ...standard.evidence);
  for (const domain of library.domains) texts.push(domain.title, domain.purpose, domain.scope);
  for (const term of library.glossary) texts.push(term.term.en, term.definition.en);
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([word]) => word);
  const meaningful = ranked.filter((word) => word.length >= 3 && !STOPWORDS.has(word));
  return { text: new ZipfWords(ranked), content: new ZipfWords(meaningful) };
}

/** `count` different queries of one to three meaningful words. */
export function benchQueries(vocabulary: Vocabulary, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const queries = new Set<string>();
  for (let attempt = 0; queries.size < count && attempt < count * 100; attempt += 1) {
    const length = between(random, 1, 3);
    const words = new Set<string>();
    while (words.size < length) words.add(vocabulary.content.draw(random));
    queries.add([...words].join(' '));
  }
  return [...queries];
}
