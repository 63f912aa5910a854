/**
 * The decision matrix builder: a table of the co-op's decisions, each with who decides, who is
 * consulted first, the vote it needs and notes. It starts from a list of common decisions that the
 * group can rename, reorder, remove and add to. On a narrow screen each decision becomes a card.
 * The matrix lives in the page address, so the link shares it; it downloads as CSV and DOCX.
 */
import Translate, { translate } from '@docusaurus/Translate';
import {
  acceptMatrix,
  decisionMatrixCsv,
  decisionMatrixRows,
  defaultMatrix,
  matrixWarnings,
  MAX_DECISIONS,
  MAX_TITLE_LENGTH,
  moveDecision,
  newDecision,
  type Decision,
  type DecisionMatrix as Matrix,
} from '@site/src/core/tools/decision-matrix';
import { useId, useMemo, useState, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import toolStyles from '../tools.module.css';
import { useFocusAfterRender } from '../useFocusAfterRender';
import DamagedLinkNotice from '../DamagedLinkNotice';
import { useToolState } from '../useToolState';
import DecisionRow from './DecisionRow';
import styles from './decision-matrix.module.css';
import { bylawsText, defaultTitle, labels, reviewText, warningText } from './words';
import { MATRIX_DATA } from './data';

export default function DecisionMatrix(): ReactNode {
  const defaults = useMemo(() => defaultMatrix(MATRIX_DATA), []);
  const [matrix, setMatrix, damagedLink] = useToolState<Matrix>(defaults, acceptMatrix);
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = (key: string) => `matrix-${prefix}-${key}`;
  const setFocusTarget = useFocusAfterRender();
  /** Decisions added here whose name has not been left yet: no error for them until then. */
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());

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

  return (
    <section className={`${toolStyles.tool} ${styles.matrix}`} aria-labelledby={id('title')}>
      <h2 id={id('title')} className="margin-top--none">
        <Translate id="tools.decisionMatrix.title">Decision matrix builder</Translate>
      </h2>
      {damagedLink && <DamagedLinkNotice />}
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
          <caption className={toolStyles.visuallyHidden}>
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
            {matrix.decisions.map((decision, index) => (
              <DecisionRow
                key={decision.id}
                decision={decision}
                index={index}
                count={matrix.decisions.length}
                words={words}
                id={id}
                warned={warned.has(decision.id)}
                fresh={fresh.has(decision.id)}
                onChange={(change) => updateDecision(decision.id, change)}
                onNameLeft={() => {
                  if (!fresh.has(decision.id)) return;
                  const rest = new Set(fresh);
                  rest.delete(decision.id);
                  setFresh(rest);
                }}
                onMove={(step) => move(decision.id, step)}
                onRemove={() => remove(decision.id)}
              />
            ))}
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
