import Translate from '@docusaurus/Translate';
import type { FacetCounts } from '@site/src/core/facet-counts';
import type { Facet, FilterState } from '@site/src/core/filters';
import { useId, type ReactNode } from 'react';
import FacetFieldsets from '../FacetFieldsets';
import styles from './index.module.css';

interface Props {
  filters: FilterState;
  domains: ReadonlyArray<{ id: string; title: string }>;
  counts: FacetCounts;
  onToggle: (facet: Facet, value: string) => void;
}

/** That the address keeps the view: said where the filters are chosen. */
export function ShareHint(): ReactNode {
  return (
    <p className={styles.shareHint}>
      <Translate id="standards.index.shareHint">The page address keeps your filters, so you can share the view.</Translate>
    </p>
  );
}

/**
 * The filters on a wide screen: a column beside the list that stays in view as the list scrolls, and
 * scrolls on its own when it is taller than the window. Below Docusaurus's breakpoint (997px) it is
 * hidden by CSS alone, so the page from the server is laid out as the live page will be, and the
 * filters are behind the button of FilterDialog instead.
 */
export default function FilterSidebar({ filters, domains, counts, onToggle }: Props): ReactNode {
  const titleId = useId();
  return (
    <div role="search" aria-labelledby={titleId} className={styles.sidebar} data-testid="filters-sidebar">
      <h2 id={titleId} className={styles.panelTitle}>
        <Translate id="standards.index.filters">Filters</Translate>
      </h2>
      <FacetFieldsets className={styles.panelFacets} filters={filters} domains={domains} counts={counts} onToggle={onToggle} />
      <ShareHint />
    </div>
  );
}
