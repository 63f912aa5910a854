import { highlightParts } from '@site/src/core/search/highlight';
import type { SearchLanguage } from '@site/src/core/search/text';
import type { ReactNode } from 'react';

/** A text with the words that match the query marked. */
export default function Highlighted({ text, query, language }: { text: string; query: string; language: string }): ReactNode {
  const parts = highlightParts(text, query, language === 'es' ? 'es' : ('en' satisfies SearchLanguage));
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
