import Translate, { translate } from '@docusaurus/Translate';
import { activeFilters } from '@site/src/core/facet-counts';
import type { Facet, FilterState } from '@site/src/core/filters';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useVocabulary } from '../../locale';
import { valueLabel } from '../labels';
import styles from './index.module.css';

interface Props {
  filters: FilterState;
  domains: ReadonlyArray<{ id: string; title: string }>;
  onRemove: (facet: Facet, value: string) => void;
  onClear: () => void;
  /** Where the keyboard goes once the last filter is gone, since its button goes with it. */
  focusWhenEmpty: RefObject<HTMLElement | null>;
}

/**
 * The chosen filters above the list, one button each that removes it ("Core ×"), and a button that
 * removes them all. A removed filter's button takes the keyboard with it, so the focus moves to the
 * button now in its place, or to `focusWhenEmpty` once none is left.
 */
export default function FilterChips({ filters, domains, onRemove, onClear, focusWhenEmpty }: Props): ReactNode {
  const words = useVocabulary();
  const chips = activeFilters(filters);
  const list = useRef<HTMLUListElement>(null);
  const removedAt = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (removedAt.current === undefined) return;
    const buttons = list.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(removedAt.current, buttons.length - 1)];
    removedAt.current = undefined;
    (next ?? focusWhenEmpty.current)?.focus();
  }, [chips.length, focusWhenEmpty]);

  if (chips.length === 0) return null;
  const labelOf = (facet: Facet, value: string) => (facet === 'domain' ? (domains.find((domain) => domain.id === value)?.title ?? value) : valueLabel(words, facet, value));
  return (
    <div className={styles.chips}>
      <ul ref={list} className={styles.chipList} aria-label={translate({ id: 'standards.index.activeFilters', message: 'Active filters' })}>
        {chips.map(({ facet, value }, index) => (
          <li key={`${facet}:${value}`}>
            <button
              type="button"
              className={styles.chip}
              data-filter={`${facet}:${value}`}
              onClick={() => {
                removedAt.current = index;
                onRemove(facet, value);
              }}
            >
              <span className="sr-only">{translate({ id: 'standards.index.removeFilter', message: 'Remove filter: {facet}:' }, { facet: words.facet[facet] })} </span>
              {labelOf(facet, value)}
              <span className={styles.chipX} aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={styles.clearAll}
        onClick={() => {
          removedAt.current = 0;
          onClear();
        }}
      >
        <Translate id="standards.index.clearAll">Clear all filters</Translate>
      </button>
    </div>
  );
}
