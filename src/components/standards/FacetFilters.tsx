import Translate from '@docusaurus/Translate';
import type { Facet, FilterState } from '@site/src/core/filters';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import FacetFieldsets from './FacetFieldsets';
import styles from './standards.module.css';

interface Props {
  filters: FilterState;
  domains: ReadonlyArray<{ id: string; title: string }>;
  onToggle: (facet: Facet, value: string) => void;
  onClear: () => void;
}

/** The checklist builder's filters: a group of checkboxes for each facet, folded on a phone. */
export default function FacetFilters({ filters, domains, onToggle, onClear }: Props): ReactNode {
  // Open on a wide screen; on a phone, start closed so the list comes first, unless a filter is set.
  const [open, setOpen] = useState(true);
  // Only the filters of the first render count: later the reader decides. The filters fold before the
  // first paint of the live page; until then the page from the server hides them on a phone
  // (standards.module.css), so the list below never jumps.
  const anySetAtFirst = useRef(Object.values(filters).some((values) => values.length > 0));
  useLayoutEffect(() => {
    if (!anySetAtFirst.current && window.matchMedia('(max-width: 996px)').matches) setOpen(false);
  }, []);
  return (
    <details className={styles.filters} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.filtersSummary}>
        <Translate id="standards.filters.title">Filter the standards</Translate>
      </summary>
      <FacetFieldsets className={styles.facets} filters={filters} domains={domains} onToggle={onToggle} />
      <button type="button" className="button button--sm button--secondary" onClick={onClear}>
        <Translate id="standards.filters.clear">Clear all filters</Translate>
      </button>
    </details>
  );
}
