/**
 * Marks the words of a text that match a query, for result excerpts: a word matches when its stem is
 * a query word's stem, or when it starts with the word being typed. Accents and case do not matter.
 */
import { fold, isStopword, stem, words, type SearchLanguage } from './text';

export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

export function highlightParts(text: string, query: string, language: SearchLanguage): TextPart[] {
  const queryWords = words(query).filter((word) => word.length >= 2 && !isStopword(word, language));
  if (queryWords.length === 0) return [{ text, match: false }];
  const stems = new Set(queryWords.map((word) => stem(word, language)));
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = fold(found[0]);
    const match = stems.has(stem(word, language)) || queryWords.some((queryWord) => queryWord.length >= 3 && word.startsWith(queryWord));
    if (!match) continue;
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
