import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import styles from './public.module.css';

export interface FilterGroup {
  facet: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** A drop-down list for a long list of values (the states), checkboxes otherwise. */
  kind?: 'checkboxes' | 'select';
}

interface Props {
  /** The filters' heading, e.g. "Filter the cases". */
  title: string;
  groups: readonly FilterGroup[];
  selected: Readonly<Record<string, readonly string[]>>;
  onToggle: (facet: string, value: string) => void;
  onChoose: (facet: string, values: string[]) => void;
  onClear: () => void;
}

/** The filters of a list: a group of checkboxes, or a drop-down list, for each facet. */
export default function Filters({ title, groups, selected, onToggle, onChoose, onClear }: Props): ReactNode {
  return (
    <section className={styles.filters} aria-label={title}>
      <h2 className={styles.filtersTitle}>{title}</h2>
      <div className={styles.groups}>
        {groups.map((group) =>
          group.kind === 'select' ? (
            <div key={group.facet} className={styles.group}>
              <label htmlFor={`filter-${group.facet}`} className={styles.legend}>
                {group.legend}
              </label>
              <select
                id={`filter-${group.facet}`}
                name={group.facet}
                value={selected[group.facet]?.[0] ?? ''}
                onChange={(event) => onChoose(group.facet, event.target.value ? [event.target.value] : [])}
              >
                <option value="">
                  <Translate id="public.filters.any">Any</Translate>
                </option>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <fieldset key={group.facet} className={styles.group}>
              <legend className={styles.legend}>{group.legend}</legend>
              {group.options.map((option) => (
                <label key={option.value} className={styles.option}>
                  <input
                    type="checkbox"
                    name={group.facet}
                    value={option.value}
                    checked={selected[group.facet]?.includes(option.value) ?? false}
                    onChange={() => onToggle(group.facet, option.value)}
                  />{' '}
                  {option.label}
                </label>
              ))}
            </fieldset>
          ),
        )}
      </div>
      <button type="button" className="button button--sm button--secondary" onClick={onClear}>
        <Translate id="public.filters.clear">Clear all filters</Translate>
      </button>
    </section>
  );
}
