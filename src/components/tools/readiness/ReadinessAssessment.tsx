/**
 * The conversion readiness self-assessment: questions on five readiness factors, a result for each
 * factor, an overall picture and next steps linked to the standards and lessons. The answers live in
 * the page address (the link shares them) and in this browser; the scoring is in
 * src/core/tools/readiness.ts. The report prints and downloads as CSV and DOCX.
 */
import Translate, { translate } from '@docusaurus/Translate';
import { curriculaData } from '@site/src/components/lesson/curricula-data';
import { MAX_BUSINESS_LENGTH, readinessRecommendations, scoreReadiness } from '@site/src/core/tools/readiness';
import type { Answer } from '@site/src/core/tools/readiness-model';
import { readinessQuestions } from '@site/src/core/tools/readiness-model';
import { READINESS_DATA } from './data';
import { readinessCsv, readinessDocxIntro, readinessDocxRows, readinessNextStepLines } from '@site/src/core/tools/readiness-report';
import { useId, useState, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import toolStyles from '../tools.module.css';
import { useFocusAfterRender } from '../useFocusAfterRender';
import QuestionGroup from './QuestionGroup';
import ReadinessReport, { type LessonLink } from './ReadinessReport';
import styles from './readiness.module.css';
import { useRememberedReadiness } from './useRememberedReadiness';
import { reportLabels } from './words';

export default function ReadinessAssessment(): ReactNode {
  const { curricula } = curriculaData;
  const { state, setState, startOver, damagedLink } = useRememberedReadiness();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = (key: string) => `readiness-${prefix}-${key}`;
  const setFocusTarget = useFocusAfterRender();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);

  const labels = reportLabels();
  const result = scoreReadiness(READINESS_DATA, state.answers);
  const groups = readinessRecommendations(READINESS_DATA, result, state.answers);
  const lesson = (lessonId: string): LessonLink => {
    const found = curricula.flatMap((curriculum) => curriculum.lessons).find((candidate) => candidate.id === lessonId);
    return found ? { title: found.title, permalink: found.permalink } : { title: lessonId, permalink: `/${lessonId}` };
  };
  const lessonTitle = (lessonId: string) => lesson(lessonId).title;
  const answer = (questionId: string, value: Answer) => {
    setCleared(false);
    setState({ ...state, answers: { ...state.answers, [questionId]: value } });
  };

  const csv = () => readinessCsv(state, result, READINESS_DATA, reportLabels(), lessonTitle);
  const docx = async (): Promise<Blob> => {
    const { decisionMatrixDocx } = await import('@site/src/core/tools/decision-matrix-docx');
    const current = reportLabels();
    const file = await decisionMatrixDocx(
      readinessDocxRows(result, READINESS_DATA, current),
      state.business.trim() ? `${current.title}: ${state.business.trim()}` : current.title,
      {
        dateLine: readinessDocxIntro(state, result, current),
        after: readinessNextStepLines(groups, READINESS_DATA, current, lessonTitle),
        page: translate({ id: 'tools.readiness.page', message: 'Page' }),
        of: translate({ id: 'tools.readiness.of', message: 'of' }),
      },
    );
    return file instanceof Blob ? file : new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  };

  let number = 0;
  return (
    <section className={`${toolStyles.tool} ${styles.tool}`} aria-labelledby={id('title')}>
      <h2 id={id('title')} className="margin-top--none">
        <Translate id="tools.readiness.title">Conversion readiness self-assessment</Translate>
      </h2>
      {damagedLink && (
        <p className={toolStyles.error} role="alert">
          <Translate id="tools.readiness.damagedLink">
            The answers in this link could not be read. It may have been cut off when it was copied. Ask for the link again, or answer the questions here.
          </Translate>
        </p>
      )}
      <p className={styles.noPrint}>
        <Translate id="tools.readiness.howTo">
          Choose the answer that fits best today. Choose "Not sure" when you do not know yet: it does not count against you. Your answers stay in this browser and in the page link.
          Nothing is sent to a server.
        </Translate>{' '}
        <a href={`#${id('report')}`}>
          <Translate id="tools.readiness.jump">Go to the report</Translate>
        </a>
      </p>

      <div className={`${toolStyles.fields} ${styles.noPrint}`}>
        <div className={toolStyles.field}>
          <label htmlFor={id('business')}>
            <Translate id="tools.readiness.business.label">Name of the business (optional)</Translate>
          </label>
          <input
            id={id('business')}
            type="text"
            autoComplete="off"
            maxLength={MAX_BUSINESS_LENGTH}
            value={state.business}
            onChange={(event) => setState({ ...state, business: event.target.value })}
            aria-describedby={id('business-hint')}
          />
          <span id={id('business-hint')} className={toolStyles.hint}>
            <Translate id="tools.readiness.business.hint">
              It goes at the top of the report. The talks may still be private: share the link only with people the owner agrees to.
            </Translate>
          </span>
        </div>
        <div className={toolStyles.field}>
          <label htmlFor={id('date')}>
            <Translate id="tools.readiness.date.label">Date of this assessment (optional)</Translate>
          </label>
          <input id={id('date')} type="date" value={state.date} onChange={(event) => setState({ ...state, date: event.target.value })} />
        </div>
      </div>

      <div className={styles.noPrint}>
        {READINESS_DATA.factors.map((factor) => (
          <section key={factor.id} className={styles.factor} aria-labelledby={id(`factor-${factor.id}`)}>
            <h3 id={id(`factor-${factor.id}`)}>{factor.title}</h3>
            <p>{factor.intro}</p>
            {factor.questions.map((question) => {
              number += 1;
              return (
                <QuestionGroup key={question.id} question={question} number={number} answer={state.answers[question.id]} id={id} onAnswer={(value) => answer(question.id, value)} />
              );
            })}
          </section>
        ))}
      </div>

      <ReadinessReport state={state} result={result} groups={groups} labels={labels} lesson={lesson} id={id} />

      <p className={styles.note}>{labels.notAdvice}</p>

      <ToolActions download={{ name: 'conversion-readiness', csv, docx }} />

      <div className={`${styles.startOver} ${styles.noPrint}`}>
        {confirming ? (
          <div role="group" aria-labelledby={id('confirm-text')}>
            <p id={id('confirm-text')}>
              <Translate id="tools.readiness.confirm" values={{ count: readinessQuestions(READINESS_DATA).length }}>
                {'Clear all {count} answers, here and in this browser? This cannot be undone. A link you already shared keeps its answers.'}
              </Translate>
            </p>
            <button
              id={id('confirm-yes')}
              type="button"
              className="button button--sm button--danger"
              onClick={() => {
                startOver();
                setConfirming(false);
                setCleared(true);
                setFocusTarget(id('business'));
              }}
            >
              <Translate id="tools.readiness.confirmYes">Yes, clear my answers</Translate>
            </button>{' '}
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => {
                setConfirming(false);
                setFocusTarget(id('start-over'));
              }}
            >
              <Translate id="tools.readiness.confirmNo">Keep my answers</Translate>
            </button>
          </div>
        ) : (
          <button
            id={id('start-over')}
            type="button"
            className="button button--sm button--secondary"
            onClick={() => {
              setConfirming(true);
              setFocusTarget(id('confirm-yes'));
            }}
          >
            <Translate id="tools.readiness.startOver">Start over</Translate>
          </button>
        )}
        <p role="status" className={toolStyles.status}>
          {cleared ? translate({ id: 'tools.readiness.cleared', message: 'All answers are cleared. You can start again.' }) : ''}
        </p>
      </div>
    </section>
  );
}
