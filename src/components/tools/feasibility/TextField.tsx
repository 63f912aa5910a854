/** A labelled text, date or long-text field with its hint and, when it is wrong, an announced error tied to it. */
import type { ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import styles from './feasibility.module.css';

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** The error in words; the field is marked invalid and points to it. */
  error?: string;
  /** Another element that describes the field, such as an error shown for a group of fields. */
  describedBy?: string;
  invalid?: boolean;
  kind?: 'text' | 'date' | 'textarea';
  inputMode?: 'decimal' | 'numeric';
  maxLength?: number;
  rows?: number;
}

export default function TextField({ id, label, value, onChange, hint, error, describedBy, invalid, kind = 'text', inputMode, maxLength, rows = 3 }: Props): ReactNode {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [errorId, describedBy, hintId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    autoComplete: 'off',
    'aria-invalid': error || invalid ? true : undefined,
    'aria-describedby': described,
  } as const;
  return (
    <div className={`${toolStyles.field} ${styles.field}`}>
      <label htmlFor={id}>{label}</label>
      {kind === 'textarea' ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={kind} inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <span id={hintId} className={toolStyles.hint}>
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className={toolStyles.error} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
