import type { FacetCounts } from '@site/src/core/facet-counts';
import { FACETS, VOCABULARY, type Facet, type FilterState } from '@site/src/core/filters';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { useVocabulary } from '../locale';
import { valueLabel } from './labels';
import styles from './standards.module.css';

interface Props {
  filters: FilterState;
  domains: ReadonlyArray<{ id: string; title: string }>;
  onToggle: (facet: Facet, value: string) => void;
  /** How many standards each value would show (src/core/facet-counts.ts); without them, no count is shown. */
  counts?: FacetCounts;
  className?: string;
}

/**
 * A fieldset of checkboxes for each facet of the standards, with each value's count when given. A value
 * that would show no standard stays in its place, dimmed, so that the list of values never moves.
 */
export default function FacetFieldsets({ filters, domains, onToggle, counts, className }: Props): ReactNode {
  const words = useVocabulary();
  const options = (facet: Facet) =>
    facet === 'domain'
      ? domains.map((domain) => ({ value: domain.id, label: domain.title }))
      : VOCABULARY[facet].map((value) => ({ value, label: valueLabel(words, facet, value) }));
  return (
    <div className={className}>
      {FACETS.map((facet) => (
        <fieldset key={facet} className={styles.facet}>
          <legend>{words.facet[facet]}</legend>
          {options(facet).map(({ value, label }) => {
            const count = counts?.[facet][value];
            return (
              <label key={value} className={clsx(styles.option, count === 0 && styles.optionEmpty)}>
                <input type="checkbox" name={facet} value={value} checked={filters[facet].includes(value)} onChange={() => onToggle(facet, value)} />
                <span className={styles.optionLabel}>{label}</span>
                {count !== undefined && (
                  <span className={styles.optionCount} data-count={count}>
                    <span className="sr-only">(</span>
                    {count}
                    <span className="sr-only">)</span>
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
