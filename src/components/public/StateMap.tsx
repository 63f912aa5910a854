import { translate } from '@docusaurus/Translate';
import { MAP_SIZE, US_STATES } from '@site/src/core/public/us-states';
import type { UsState } from '@site/src/core/model';
import type { ReactNode } from 'react';
import { useLanguage } from '../locale';
import styles from './public.module.css';

interface Props {
  /** How many organizations name each state. */
  counts: Readonly<Record<UsState, number>>;
  /** The state chosen, if any. */
  selected?: string;
  onSelect: (state: UsState | undefined) => void;
}

/** How dark a state's square is: none, one, two or three, or four and more organizations. */
function level(count: number): number {
  return count === 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3;
}

/**
 * The United States as a grid of equal squares, one button per state, shaded by how many
 * organizations serve it. Drawn with the page's own markup: no map server, no picture to load, and
 * every state can be reached with the keyboard and read by a screen reader.
 */
export default function StateMap({ counts, selected, onSelect }: Props): ReactNode {
  const language = useLanguage();
  return (
    <div
      className={styles.map}
      role="group"
      aria-label={translate({ id: 'public.directory.mapLabel', message: 'Map of the United States: choose a state' })}
      style={{ gridTemplateColumns: `repeat(${MAP_SIZE.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${MAP_SIZE.rows}, auto)` }}
    >
      {US_STATES.map((state) => {
        const count = counts[state.code];
        const name = state.name[language];
        const pressed = selected === state.code;
        return (
          <button
            key={state.code}
            type="button"
            className={styles.tile}
            data-state={state.code}
            data-level={level(count)}
            aria-pressed={pressed}
            title={name}
            style={{ gridColumn: state.column + 1, gridRow: state.row + 1 }}
            onClick={() => onSelect(pressed ? undefined : state.code)}
          >
            <span aria-hidden="true">{state.code}</span>
            <span aria-hidden="true" className={styles.tileCount}>
              {count > 0 ? count : ''}
            </span>
            {/* The name a screen reader says: the state's full name and its count, not the code. */}
            <span className="sr-only">
              {translate({ id: 'public.directory.mapState', message: '{state}: {count} organizations, besides those that work nationwide' }, { state: name, count })}
            </span>
          </button>
        );
      })}
    </div>
  );
}
