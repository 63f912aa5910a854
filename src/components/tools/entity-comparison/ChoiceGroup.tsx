/**
 * A group of checkboxes with a legend and a hint. When the group must not be empty and is, its error is
 * announced (role="alert"), every box is marked invalid and tied to the error.
 */
import type { ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import styles from './entity-comparison.module.css';

interface Props<T extends string> {
  /** The page-unique prefix of the group's element IDs. */
  id: string;
  legend: string;
  hint: string;
  /** The message shown when the group is empty and must not be. */
  error?: string;
  options: ReadonlyArray<readonly [T, string]>;
  chosen: readonly T[];
  onChange: (option: T, on: boolean) => void;
}

export default function ChoiceGroup<T extends string>({ id, legend, hint, error, options, chosen, onChange }: Props<T>): ReactNode {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset className={styles.group} aria-describedby={hintId}>
      <legend>{legend}</legend>
      <span id={hintId} className={toolStyles.hint}>
        {hint}
      </span>
      <ul className={styles.options}>
        {options.map(([option, label]) => (
          <li key={option}>
            <input
              id={`${id}-${option}`}
              type="checkbox"
              name={`${id}-${option}`}
              value={option}
              checked={chosen.includes(option)}
              onChange={(event) => onChange(option, event.target.checked)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
            <label htmlFor={`${id}-${option}`}>{label}</label>
          </li>
        ))}
      </ul>
      {error && (
        <span id={errorId} className={toolStyles.error} role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
