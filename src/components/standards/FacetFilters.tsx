import Translate from '@docusaurus/Translate';
import { FACETS, VOCABULARY, type Facet, type FilterState } from '@site/src/core/filters';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useVocabulary } from '../locale';
import { valueLabel } from './labels';
import styles from './standards.module.css';

interface Props {
  filters: FilterState;
  domains: ReadonlyArray<{ id: string; title: string }>;
  onToggle: (facet: Facet, value: string) => void;
  onClear: () => void;
}

/** A group of checkboxes for each facet; any change updates the list and the page address. */
export default function FacetFilters({ filters, domains, onToggle, onClear }: Props): ReactNode {
  // Open on a wide screen; on a phone, start closed so the standards come first, unless a filter is set.
  const [open, setOpen] = useState(true);
  const words = useVocabulary();
  // Only the filters of the first render count: later the reader decides. The filters fold before the
  // first paint of the live page; until then the page from the server hides them on a phone
  // (standards.module.css), so the list below never jumps.
  const anySetAtFirst = useRef(Object.values(filters).some((values) => values.length > 0));
  useLayoutEffect(() => {
    if (!anySetAtFirst.current && window.matchMedia('(max-width: 996px)').matches) setOpen(false);
  }, []);
  const options = (facet: Facet) =>
    facet === 'domain'
      ? domains.map((domain) => ({ value: domain.id, label: domain.title }))
      : VOCABULARY[facet].map((value) => ({ value, label: valueLabel(words, facet, value) }));
  return (
    <details className={styles.filters} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.filtersSummary}>
        <Translate id="standards.filters.title">Filter the standards</Translate>
      </summary>
      <div className={styles.facets}>
        {FACETS.map((facet) => (
          <fieldset key={facet} className={styles.facet}>
            <legend>{words.facet[facet]}</legend>
            {options(facet).map(({ value, label }) => (
              <label key={value} className={styles.option}>
                <input type="checkbox" name={facet} value={value} checked={filters[facet].includes(value)} onChange={() => onToggle(facet, value)} /> {label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <button type="button" className="button button--sm button--secondary" onClick={onClear}>
        <Translate id="standards.filters.clear">Clear all filters</Translate>
      </button>
    </details>
  );
}
