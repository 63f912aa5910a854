import Link from '@docusaurus/Link';
import type { Source } from '@site/src/core/model';
import type { ReactNode } from 'react';
import { useLanguage } from '../locale';
import CheckedDay from './CheckedDay';

/**
 * The sources of a standard, a case or a page, as a short citation each, with the day someone last
 * checked it. A title in another language than the page's is marked with its language (English unless
 * the source says otherwise), so that a screen reader reads it right.
 */
export default function SourceList({ sources }: { sources: readonly Source[] }): ReactNode {
  const pageLanguage = useLanguage();
  return (
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
            . {source.publisher}, {source.year}.{source.note && <> {source.note}</>}
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
  );
}
