import Link from '@docusaurus/Link';
import type { Source } from '@site/src/core/model';
import type { ReactNode } from 'react';

/** The sources of a standard, as a short citation each. */
export default function SourceList({ sources }: { sources: readonly Source[] }): ReactNode {
  return (
    <ul>
      {sources.map((source) => (
        <li key={`${source.title}-${source.year}`}>
          {source.url ? <Link href={source.url}>{source.title}</Link> : <cite>{source.title}</cite>}. {source.publisher}, {source.year}.{source.note && <> {source.note}</>}
        </li>
      ))}
    </ul>
  );
}
