import Link from '@docusaurus/Link';
import type { Source } from '@site/src/core/model';
import type { ReactNode } from 'react';
import CheckedDay from './CheckedDay';

/** The sources of a standard, as a short citation each, with the day someone last checked it. */
export default function SourceList({ sources }: { sources: readonly Source[] }): ReactNode {
  return (
    <ul>
      {sources.map((source) => (
        <li key={`${source.title}-${source.year}`}>
          {source.url ? <Link href={source.url}>{source.title}</Link> : <cite>{source.title}</cite>}. {source.publisher}, {source.year}.{source.note && <> {source.note}</>}
          {/* Sources of releases cut before checked days were recorded have none. */}
          {source.checked && (
            <>
              {' '}
              <CheckedDay day={source.checked} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
