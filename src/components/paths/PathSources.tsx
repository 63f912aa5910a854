import Translate from '@docusaurus/Translate';
import type { Source } from '@site/src/core/model';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { useVocabulary } from '../locale';
import WrittenDay from '../dates/WrittenDay';
import SourceList from '../standards/SourceList';

export interface PathFrontMatter {
  audience: string;
  reviewed: string;
  sources: Source[];
}

/** Whether a page's front matter is that of an audience page (see schemas/audience-path.schema.json). */
export function isPathFrontMatter(frontMatter: object): frontMatter is PathFrontMatter {
  const data = frontMatter as Partial<PathFrontMatter>;
  return typeof data.audience === 'string' && data.reviewed !== undefined && Array.isArray(data.sources);
}

/**
 * A day of the front matter as YYYY-MM-DD. Docusaurus reads front matter with a YAML parser that makes
 * days into dates, which reach the page as ISO timestamps; our schemas read them as the text written.
 */
function dayOf(value: unknown): string {
  return (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
}

/** Under an audience page: the sources of its facts, each with the day it was checked, and the day the page was reviewed. */
export default function PathSources({ frontMatter }: { frontMatter: PathFrontMatter }): ReactNode {
  const words = useVocabulary();
  return (
    <section aria-labelledby="path-sources" data-testid="path-sources">
      <Heading as="h2" id="path-sources">
        {words.heading.sources}
      </Heading>
      <p>
        <Translate id="paths.sources.reviewed" values={{ date: <WrittenDay day={dayOf(frontMatter.reviewed)} /> }}>
          {
            'A second reader checked the facts of this page against these sources on {date}. Laws and programs change: check with a lawyer or accountant who knows co-ops before you act.'
          }
        </Translate>
      </p>
      <SourceList sources={frontMatter.sources.map((source) => ({ ...source, checked: dayOf(source.checked) }))} />
    </section>
  );
}
