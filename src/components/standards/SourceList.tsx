import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Source } from '@site/src/core/model';
import type { ReactNode } from 'react';
import { useSourceMarks } from '../locale';
import CheckedDay from './CheckedDay';

/**
 * The sources of a standard, a case or a page, as a short citation each, with the day someone last
 * checked it. A title and publisher in another language than the page's are marked with their language
 * (English unless the source says otherwise), and so is a note (always English), so that a screen reader
 * reads them right.
 */
export default function SourceList({ sources }: { sources: readonly Source[] }): ReactNode {
  const marks = useSourceMarks();
  // The notes on sources are written in English; on a page in another language they say so, and are marked.
  const noteLang = marks.note;
  return (
    <>
      {noteLang && sources.some((source) => source.note) && (
        <p>
          <Translate id="sources.notesInEnglish">The notes on these sources are in English.</Translate>
        </p>
      )}
      <ul>
        {sources.map((source) => {
          const lang = marks.of(source);
          return (
            <li key={`${source.title}-${source.year}`}>
              {source.url ? (
                <Link href={source.url} lang={lang}>
                  {source.title}
                </Link>
              ) : (
                <cite lang={lang}>{source.title}</cite>
              )}
              . <span lang={lang}>{source.publisher}</span>, {source.year}.
              {source.note && (
                <>
                  {' '}
                  <span lang={noteLang}>{source.note}</span>
                </>
              )}
              {/* Sources of releases cut before checked days were recorded have none. */}
              {source.checked && (
                <>
                  {' '}
                  <CheckedDay day={source.checked} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
