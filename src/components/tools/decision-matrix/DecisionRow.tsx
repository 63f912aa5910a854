/** One decision of the matrix: a table row (a card on a phone), and its caution when there is one. */
import Translate, { translate } from '@docusaurus/Translate';
import { CONSULTED, MAX_NAME_LENGTH, MAX_NOTES_LENGTH, PARTIES, VOTES, type Decision, type DecisionMatrixLabels } from '@site/src/core/tools/decision-matrix';
import type { ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import styles from './decision-matrix.module.css';
import { warningText } from './words';

interface Props {
  decision: Decision;
  index: number;
  /** How many decisions the matrix holds. */
  count: number;
  words: DecisionMatrixLabels;
  /** The page-unique ID of a field. */
  id: (key: string) => string;
  warned: boolean;
  /** Added just now: its empty name is not an error until the reader leaves the field. */
  fresh: boolean;
  onChange: (change: Partial<Decision>) => void;
  onNameLeft: () => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

export default function DecisionRow({ decision, index, count, words, id, warned, fresh, onChange, onNameLeft, onMove, onRemove }: Props): ReactNode {
  const partyOptions = PARTIES.map((party) => [party, words.parties[party]] as const);
  const consultedOptions = CONSULTED.map((party) => [party, party === 'none' ? words.nobody : words.parties[party]] as const);
  const voteOptions = VOTES.map((vote) => [vote, words.votes[vote]] as const);
  const rowName =
    decision.name.trim() ||
    translate(
      {
        id: 'tools.decisionMatrix.rowName',
        message: 'decision {number}',
      },
      { number: index + 1 },
    );
  const nameError = decision.name.trim() === '' && !fresh;
  const cellLabel = (text: string, htmlFor: string) => (
    <label htmlFor={htmlFor} className={styles.cellLabel}>
      {text}
      <span className={toolStyles.visuallyHidden}>: {rowName}</span>
    </label>
  );
  return (
    <DecisionRows warning={warned ? warningText(decision.name, decision.decides, words) : undefined} warningId={id(`warning-${decision.id}`)}>
      <td>
        <label htmlFor={id(`name-${decision.id}`)} className={styles.cellLabel}>
          <Translate id="tools.decisionMatrix.decisionNumber" values={{ number: index + 1 }}>
            {'Decision {number}'}
          </Translate>
        </label>
        <textarea
          id={id(`name-${decision.id}`)}
          rows={2}
          maxLength={MAX_NAME_LENGTH}
          value={decision.name}
          onChange={(event) => onChange({ name: event.target.value.replace(/[\r\n]+/g, ' ') })}
          onBlur={onNameLeft}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? id(`name-${decision.id}-error`) : undefined}
        />
        {nameError && (
          <span id={id(`name-${decision.id}-error`)} className={toolStyles.error} role="alert">
            <Translate id="tools.decisionMatrix.error.name">Name this decision, or remove it.</Translate>
          </span>
        )}
        <div className={styles.reserved}>
          <input id={id(`reserved-${decision.id}`)} type="checkbox" checked={decision.reserved} onChange={(event) => onChange({ reserved: event.target.checked })} />
          <label htmlFor={id(`reserved-${decision.id}`)}>
            {words.columns.reserved}
            <span className={toolStyles.visuallyHidden}>: {rowName}</span>
          </label>
        </div>
      </td>
      <ChoiceCell
        label={cellLabel(words.columns.decides, id(`decides-${decision.id}`))}
        id={id(`decides-${decision.id}`)}
        value={decision.decides}
        options={partyOptions}
        onChange={(decides) => onChange({ decides })}
        describedBy={warned ? id(`warning-${decision.id}`) : undefined}
      />
      <ChoiceCell
        label={cellLabel(words.columns.consulted, id(`consulted-${decision.id}`))}
        id={id(`consulted-${decision.id}`)}
        value={decision.consulted}
        options={consultedOptions}
        onChange={(consulted) => onChange({ consulted })}
      />
      <ChoiceCell
        label={cellLabel(words.columns.vote, id(`vote-${decision.id}`))}
        id={id(`vote-${decision.id}`)}
        value={decision.vote}
        options={voteOptions}
        onChange={(vote) => onChange({ vote })}
      />
      <td>
        {cellLabel(words.columns.notes, id(`notes-${decision.id}`))}
        <textarea id={id(`notes-${decision.id}`)} rows={2} maxLength={MAX_NOTES_LENGTH} value={decision.notes} onChange={(event) => onChange({ notes: event.target.value })} />
        <div className={`${styles.buttons} ${styles.noPrint}`}>
          <button
            id={id(`up-${decision.id}`)}
            type="button"
            className="button button--sm button--secondary"
            disabled={index === 0}
            aria-label={translate(
              {
                id: 'tools.decisionMatrix.moveUp',
                message: 'Move up: {name}',
              },
              { name: rowName },
            )}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            id={id(`down-${decision.id}`)}
            type="button"
            className="button button--sm button--secondary"
            disabled={index === count - 1}
            aria-label={translate(
              {
                id: 'tools.decisionMatrix.moveDown',
                message: 'Move down: {name}',
              },
              { name: rowName },
            )}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            aria-label={translate(
              {
                id: 'tools.decisionMatrix.remove',
                message: 'Remove: {name}',
              },
              { name: rowName },
            )}
            onClick={onRemove}
          >
            ✕
          </button>
        </div>
      </td>
    </DecisionRows>
  );
}

/** A decision's row, and under it a row with its caution when there is one. */
function DecisionRows({ children, warning, warningId }: { children: ReactNode; warning?: string; warningId: string }): ReactNode {
  return (
    <>
      <tr className={warning ? styles.warned : undefined}>{children}</tr>
      {warning && (
        <tr className={styles.warningRow}>
          <td colSpan={5}>
            <p id={warningId} className={styles.warning}>
              <span aria-hidden="true">⚠ </span>
              {warning}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

interface ChoiceCellProps<T extends string> {
  label: ReactNode;
  id: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
  describedBy?: string;
}

/** A table cell with a labelled drop-down of one column's choices. */
function ChoiceCell<T extends string>({ label, id, value, options, onChange, describedBy }: ChoiceCellProps<T>): ReactNode {
  return (
    <td>
      {label}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)} aria-describedby={describedBy}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </td>
  );
}
