/**
 * The decision matrix builder: a table of the co-op's decisions, each with who decides, who is
 * consulted first, the vote it needs and notes. It starts from a list of common decisions that the
 * group can rename, reorder, remove and add to. On a narrow screen each decision becomes a card.
 * The matrix lives in the page address, so the link shares it; it downloads as CSV and DOCX.
 */
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  acceptMatrix,
  CONSULTED,
  decisionMatrixCsv,
  decisionMatrixRows,
  defaultMatrix,
  matrixWarnings,
  MAX_DECISIONS,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_TITLE_LENGTH,
  moveDecision,
  newDecision,
  PARTIES,
  VOTES,
  type Decision,
  type DecisionMatrix as Matrix,
  type DecisionMatrixLabels,
  type Party,
} from '@site/src/core/tools/decision-matrix';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import toolStyles from '../tools.module.css';
import { useToolState } from '../useToolState';
import styles from './decision-matrix.module.css';

function labels(): DecisionMatrixLabels {
  return {
    columns: {
      decision: translate({
        id: 'tools.decisionMatrix.column.decision',
        message: 'Decision',
      }),
      decides: translate({
        id: 'tools.decisionMatrix.column.decides',
        message: 'Who decides',
      }),
      consulted: translate({
        id: 'tools.decisionMatrix.column.consulted',
        message: 'Who is asked first',
      }),
      vote: translate({
        id: 'tools.decisionMatrix.column.vote',
        message: 'Vote needed',
      }),
      notes: translate({
        id: 'tools.decisionMatrix.column.notes',
        message: 'Notes',
      }),
      reserved: translate({
        id: 'tools.decisionMatrix.column.reserved',
        message: 'Usually kept for the members',
      }),
    },
    parties: {
      members: translate({
        id: 'tools.decisionMatrix.party.members',
        message: 'Members',
      }),
      board: translate({
        id: 'tools.decisionMatrix.party.board',
        message: 'Board',
      }),
      managers: translate({
        id: 'tools.decisionMatrix.party.managers',
        message: 'Managers',
      }),
      committee: translate({
        id: 'tools.decisionMatrix.party.committee',
        message: 'A committee',
      }),
    },
    nobody: translate({
      id: 'tools.decisionMatrix.party.nobody',
      message: 'Nobody',
    }),
    votes: {
      majority: translate({
        id: 'tools.decisionMatrix.vote.majority',
        message: 'Majority',
      }),
      'two-thirds': translate({
        id: 'tools.decisionMatrix.vote.twoThirds',
        message: 'Two-thirds',
      }),
      consensus: translate({
        id: 'tools.decisionMatrix.vote.consensus',
        message: 'Consensus',
      }),
      none: translate({
        id: 'tools.decisionMatrix.vote.none',
        message: 'No vote',
      }),
    },
    yes: translate({ id: 'tools.decisionMatrix.yes', message: 'Yes' }),
    unnamed: translate({
      id: 'tools.decisionMatrix.unnamed',
      message: '(no name)',
    }),
  };
}

const defaultTitle = () =>
  translate({
    id: 'tools.decisionMatrix.defaultTitle',
    message: 'Decision-making matrix',
  });

function warningText(name: string, decides: Party, words: DecisionMatrixLabels): string {
  return translate(
    {
      id: 'tools.decisionMatrix.warning.row',
      message:
        'Check this one. In most states, the law or the bylaws keep "{decision}" for a vote of the members. Here it goes to: {who}. Check your state\'s co-op or corporation law and your bylaws, and verify with a lawyer before you adopt it.',
    },
    { decision: name.trim() || words.unnamed, who: words.parties[decides] },
  );
}

const reviewText = () =>
  translate({
    id: 'tools.decisionMatrix.review',
    message: 'Review this matrix at least once a year, and after any big change, like a new location or a new manager. Write the date of each review in the minutes.',
  });

const bylawsText = () =>
  translate({
    id: 'tools.decisionMatrix.bylawsWin',
    message: 'Where this matrix and your bylaws disagree, the bylaws win: fix the matrix. This is not legal advice.',
  });

export default function DecisionMatrix(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const language = i18n.currentLocale === 'es' ? 'es' : 'en';
  const defaults = useMemo(() => defaultMatrix(language), [language]);
  const [matrix, setMatrix] = useToolState<Matrix>(defaults, acceptMatrix);
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = (key: string) => `matrix-${prefix}-${key}`;
  const [focusTarget, setFocusTarget] = useState<string | undefined>();
  /** Decisions added here whose name has not been left yet: no error for them until then. */
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const words = labels();
  const warnings = matrixWarnings(matrix);
  const warned = new Set(warnings.map((warning) => warning.id));
  const update = (change: Partial<Matrix>) => setMatrix({ ...matrix, ...change });
  const updateDecision = (decisionId: number, change: Partial<Decision>) =>
    update({
      decisions: matrix.decisions.map((decision) => (decision.id === decisionId ? { ...decision, ...change } : decision)),
    });

  const add = () => {
    const decision = newDecision(matrix);
    update({ decisions: [...matrix.decisions, decision] });
    setFresh(new Set([...fresh, decision.id]));
    setFocusTarget(id(`name-${decision.id}`));
  };
  const remove = (decisionId: number) => {
    const index = matrix.decisions.findIndex((decision) => decision.id === decisionId);
    const decisions = matrix.decisions.filter((decision) => decision.id !== decisionId);
    update({ decisions });
    const next = decisions[Math.min(index, decisions.length - 1)];
    setFocusTarget(next ? id(`name-${next.id}`) : id('add'));
  };
  const move = (decisionId: number, step: -1 | 1) => {
    const moved = moveDecision(matrix, decisionId, step);
    setMatrix(moved);
    const index = moved.decisions.findIndex((decision) => decision.id === decisionId);
    const atEdge = step === -1 ? index === 0 : index === moved.decisions.length - 1;
    setFocusTarget(id(`${atEdge ? (step === -1 ? 'down' : 'up') : step === -1 ? 'up' : 'down'}-${decisionId}`));
  };

  const title = matrix.title.trim() || defaultTitle();
  const csv = () => decisionMatrixCsv(matrix, labels());
  const docx = async (): Promise<Blob> => {
    const { decisionMatrixDocx } = await import('@site/src/core/tools/decision-matrix-docx');
    const current = labels();
    const file = await decisionMatrixDocx(decisionMatrixRows(matrix, current), title, {
      dateLine: matrix.date
        ? translate(
            {
              id: 'tools.decisionMatrix.dateLine',
              message: 'Date of this matrix: {date}',
            },
            { date: matrix.date },
          )
        : undefined,
      after: [...matrixWarnings(matrix).map((warning) => warningText(warning.name, warning.decides, current)), reviewText(), bylawsText()],
      page: translate({ id: 'tools.decisionMatrix.page', message: 'Page' }),
      of: translate({ id: 'tools.decisionMatrix.of', message: 'of' }),
    });
    return file instanceof Blob
      ? file
      : new Blob([new Uint8Array(file)], {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        });
  };

  const partyOptions = PARTIES.map((party) => [party, words.parties[party]] as const);
  const consultedOptions = CONSULTED.map((party) => [party, party === 'none' ? words.nobody : words.parties[party]] as const);
  const voteOptions = VOTES.map((vote) => [vote, words.votes[vote]] as const);

  return (
    <section className={`${toolStyles.tool} ${styles.matrix}`} aria-labelledby={id('title')}>
      <h2 id={id('title')} className="margin-top--none">
        <Translate id="tools.decisionMatrix.title">Decision matrix builder</Translate>
      </h2>
      <p className={styles.printTitle}>{matrix.date ? `${title} · ${matrix.date}` : title}</p>

      <div className={`${toolStyles.fields} ${styles.settings}`}>
        <div className={toolStyles.field}>
          <label htmlFor={id('name')}>
            <Translate id="tools.decisionMatrix.matrixTitle.label">Title of your matrix</Translate>
          </label>
          <input
            id={id('name')}
            type="text"
            autoComplete="off"
            maxLength={MAX_TITLE_LENGTH}
            value={matrix.title}
            placeholder={defaultTitle()}
            onChange={(event) => update({ title: event.target.value })}
            aria-describedby={id('name-hint')}
          />
          <span id={id('name-hint')} className={toolStyles.hint}>
            <Translate id="tools.decisionMatrix.matrixTitle.hint">For example, the name of your co-op. It goes at the top of the downloads.</Translate>
          </span>
        </div>
        <div className={toolStyles.field}>
          <label htmlFor={id('date')}>
            <Translate id="tools.decisionMatrix.date.label">Date of this matrix (optional)</Translate>
          </label>
          <input id={id('date')} type="date" value={matrix.date} onChange={(event) => update({ date: event.target.value })} aria-describedby={id('date-hint')} />
          <span id={id('date-hint')} className={toolStyles.hint}>
            <Translate id="tools.decisionMatrix.date.hint">The day the members or the board approved it. Leave it empty for a draft.</Translate>
          </span>
        </div>
      </div>

      <p className={styles.summary} aria-live="polite">
        {warnings.length > 0
          ? translate(
              {
                id: 'tools.decisionMatrix.warning.summary',
                message: 'Decisions to check: {count}. Each one usually belongs to the members, and the table gives it to someone else.',
              },
              { count: warnings.length },
            )
          : ''}
      </p>

      <div className={styles.frame}>
        <table className={styles.table}>
          <caption className={styles.visuallyHidden}>
            <Translate id="tools.decisionMatrix.caption">Decisions and who makes them</Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">{words.columns.decision}</th>
              <th scope="col">{words.columns.decides}</th>
              <th scope="col">{words.columns.consulted}</th>
              <th scope="col">{words.columns.vote}</th>
              <th scope="col">{words.columns.notes}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.decisions.map((decision, index) => {
              const rowName =
                decision.name.trim() ||
                translate(
                  {
                    id: 'tools.decisionMatrix.rowName',
                    message: 'decision {number}',
                  },
                  { number: index + 1 },
                );
              const nameError = decision.name.trim() === '' && !fresh.has(decision.id);
              const cellLabel = (text: string, htmlFor: string) => (
                <label htmlFor={htmlFor} className={styles.cellLabel}>
                  {text}
                  <span className={styles.visuallyHidden}>: {rowName}</span>
                </label>
              );
              return (
                <DecisionRows key={decision.id} warning={warned.has(decision.id) ? warningText(decision.name, decision.decides, words) : undefined} warningId={id(`warning-${decision.id}`)}>
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
                      onChange={(event) =>
                        updateDecision(decision.id, {
                          name: event.target.value.replace(/[\r\n]+/g, ' '),
                        })
                      }
                      onBlur={() => {
                        if (!fresh.has(decision.id)) return;
                        const rest = new Set(fresh);
                        rest.delete(decision.id);
                        setFresh(rest);
                      }}
                      aria-invalid={nameError ? true : undefined}
                      aria-describedby={nameError ? id(`name-${decision.id}-error`) : undefined}
                    />
                    {nameError && (
                      <span id={id(`name-${decision.id}-error`)} className={toolStyles.error} role="alert">
                        <Translate id="tools.decisionMatrix.error.name">Name this decision, or remove it.</Translate>
                      </span>
                    )}
                    <div className={styles.reserved}>
                      <input
                        id={id(`reserved-${decision.id}`)}
                        type="checkbox"
                        checked={decision.reserved}
                        onChange={(event) =>
                          updateDecision(decision.id, {
                            reserved: event.target.checked,
                          })
                        }
                      />
                      <label htmlFor={id(`reserved-${decision.id}`)}>
                        {words.columns.reserved}
                        <span className={styles.visuallyHidden}>: {rowName}</span>
                      </label>
                    </div>
                  </td>
                  <ChoiceCell
                    label={cellLabel(words.columns.decides, id(`decides-${decision.id}`))}
                    id={id(`decides-${decision.id}`)}
                    value={decision.decides}
                    options={partyOptions}
                    onChange={(decides) => updateDecision(decision.id, { decides })}
                    describedBy={warned.has(decision.id) ? id(`warning-${decision.id}`) : undefined}
                  />
                  <ChoiceCell
                    label={cellLabel(words.columns.consulted, id(`consulted-${decision.id}`))}
                    id={id(`consulted-${decision.id}`)}
                    value={decision.consulted}
                    options={consultedOptions}
                    onChange={(consulted) => updateDecision(decision.id, { consulted })}
                  />
                  <ChoiceCell
                    label={cellLabel(words.columns.vote, id(`vote-${decision.id}`))}
                    id={id(`vote-${decision.id}`)}
                    value={decision.vote}
                    options={voteOptions}
                    onChange={(vote) => updateDecision(decision.id, { vote })}
                  />
                  <td>
                    {cellLabel(words.columns.notes, id(`notes-${decision.id}`))}
                    <textarea
                      id={id(`notes-${decision.id}`)}
                      rows={2}
                      maxLength={MAX_NOTES_LENGTH}
                      value={decision.notes}
                      onChange={(event) =>
                        updateDecision(decision.id, {
                          notes: event.target.value,
                        })
                      }
                    />
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
                        onClick={() => move(decision.id, -1)}
                      >
                        ↑
                      </button>
                      <button
                        id={id(`down-${decision.id}`)}
                        type="button"
                        className="button button--sm button--secondary"
                        disabled={index === matrix.decisions.length - 1}
                        aria-label={translate(
                          {
                            id: 'tools.decisionMatrix.moveDown',
                            message: 'Move down: {name}',
                          },
                          { name: rowName },
                        )}
                        onClick={() => move(decision.id, 1)}
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
                        onClick={() => remove(decision.id)}
                      >
                        ✕
                      </button>
                    </div>
                  </td>
                </DecisionRows>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className={`${styles.add} ${styles.noPrint}`}>
        <button id={id('add')} type="button" className="button button--sm button--secondary" disabled={matrix.decisions.length >= MAX_DECISIONS} onClick={add}>
          <Translate id="tools.decisionMatrix.add">Add a decision</Translate>
        </button>
        {matrix.decisions.length >= MAX_DECISIONS && (
          <span className={toolStyles.hint}>
            <Translate id="tools.decisionMatrix.full" values={{ count: MAX_DECISIONS }}>
              {'The matrix holds up to {count} decisions. Keep it short enough to read.'}
            </Translate>
          </span>
        )}
      </div>

      <div className="alert alert--info margin-top--md" role="note">
        <p className="margin-bottom--sm">{reviewText()}</p>
        <p className="margin-bottom--none">{bylawsText()}</p>
      </div>

      <ToolActions download={{ name: 'decision-matrix', csv, docx }} />
    </section>
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
