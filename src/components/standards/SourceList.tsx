import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Source } from '@site/src/core/model';
import type { ReactNode } from 'react';
import { useLanguage } from '../locale';
import CheckedDay from './CheckedDay';

/**
 * The sources of a standard, a case or a page, as a short citation each, with the day someone last
 * checked it. A title in another language than the page's is marked with its language (English unless
 * the source says otherwise), and so is a note (always English), so that a screen reader reads it right.
 */
export default function SourceList({ sources }: { sources: readonly Source[] }): ReactNode {
  const pageLanguage = useLanguage();
  // The notes on sources are written in English; on a page in another language they say so, and are marked.
  const noteLang = pageLanguage === 'en' ? undefined : 'en';
  return (
    <>
      {noteLang && sources.some((source) => source.note) && (
        <p>
          <Translate id="sources.notesInEnglish">The notes on these sources are in English.</Translate>
        </p>
      )}
      <ul>
        {sources.map((source) => {
          const language = source.language ?? 'en';
          const lang = language === pageLanguage ? undefined : language;
          return (
            <li key={`${source.title}-${source.year}`}>
              {source.url ? (
                <Link href={source.url} lang={lang}>
                  {source.title}
                </Link>
              ) : (
                <cite lang={lang}>{source.title}</cite>
              )}
              . {source.publisher}, {source.year}.
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
