import Translate from '@docusaurus/Translate';
import type { RecordFacet } from '@site/src/core/search/facets';
import type { ReactNode } from 'react';
import { labelOf } from '@site/src/core/vocabulary';
import { useVocabulary } from '../locale';
import styles from './search.module.css';
import type { FacetCounts } from './types';

interface Props {
  counts: FacetCounts;
  selected: Partial<Record<RecordFacet, readonly string[]>>;
  domains: ReadonlyArray<{ id: string; title: string }>;
  onToggle: (facet: RecordFacet, value: string) => void;
}

/** A group of checkboxes per facet, each value with the number of results it has. */
export default function SearchFacets({ counts, selected, domains, onToggle }: Props): ReactNode {
  const words = useVocabulary();
  const label = (facet: RecordFacet, value: string) =>
    facet === 'type' ? labelOf(words, 'recordType', value) : facet === 'domain' ? (domains.find((domain) => domain.id === value)?.title ?? value) : labelOf(words, facet, value);
  const facets = (Object.entries(counts) as Array<[RecordFacet, Record<string, number>]>).filter(([, values]) => Object.keys(values).length > 0);
  if (facets.length === 0) return null;
  return (
    <div className={styles.facets}>
      <h2 className="margin-bottom--sm">
        <Translate id="search.facets.title">Narrow the results</Translate>
      </h2>
      {facets.map(([facet, values]) => (
        <fieldset key={facet}>
          <legend>{words.facet[facet]}</legend>
          {Object.entries(values).map(([value, count]) => {
            const checked = selected[facet]?.includes(value) ?? false;
            if (count === 0 && !checked) return null;
            return (
              <label key={value} className={styles.option}>
                <input type="checkbox" name={facet} value={value} checked={checked} onChange={() => onToggle(facet, value)} />
                <span>{label(facet, value)}</span> <span className={styles.count}>{count}</span>
              </label>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
