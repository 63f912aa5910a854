import { writtenDate } from '@site/src/core/written-date';
import type { ReactNode } from 'react';
import { dateWords } from './date-words';

/** A day of the data (YYYY-MM-DD) in words, in the page's language: "March 1, 2026", "1 de marzo de 2026". */
export default function WrittenDay({ day }: { day: string }): ReactNode {
  return <time dateTime={day}>{writtenDate(Date.parse(`${day}T00:00:00Z`), dateWords())}</time>;
}
