/**
 * The report of the readiness self-assessment: the overall picture, a table of the five factors, the
 * next steps with their standards and lessons, and (on paper only) every answer.
 */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import StandardLinks from '@site/src/components/lesson/StandardLinks';
import type { Band, ReadinessResult, ReadinessState, RecommendationGroup } from '@site/src/core/tools/readiness';
import { readinessFactor, readinessQuestion } from '@site/src/core/tools/readiness-model';
import { READINESS_DATA } from './data';
import { answerText, type ReadinessReportLabels } from '@site/src/core/tools/readiness-report';
import type { ReactNode } from 'react';
import styles from './readiness.module.css';

/** A mark beside each result, so the result never rests on color alone. */
const BAND_MARK: Record<Band, string> = { strength: '●', gap: '◐', barrier: '○', unknown: '?' };

export interface LessonLink {
  title: string;
  permalink: string;
}

interface Props {
  state: ReadinessState;
  result: ReadinessResult;
  groups: RecommendationGroup[];
  labels: ReadinessReportLabels;
  lesson: (id: string) => LessonLink;
  /** The page-unique ID of an element. */
  id: (key: string) => string;
}

export default function ReadinessReport({ state, result, groups, labels, lesson, id }: Props): ReactNode {
  const heading = [state.business.trim(), state.date].filter(Boolean).join(' · ');
  return (
    <section className={styles.report} aria-labelledby={id('report')} data-testid="readiness-report">
      <h3 id={id('report')} tabIndex={-1}>
        {labels.title}
      </h3>
      {heading && <p className={styles.reportFor}>{heading}</p>}
      <p>{translate({ id: 'tools.readiness.progress', message: 'Questions answered: {answered} of {total}.' }, { answered: result.answered, total: result.total })}</p>
      <p className={styles.overall} aria-live="polite" data-overall={result.overall}>
        <strong>{labels.overallHeading}:</strong> {labels.overall[result.overall]}
      </p>

      <table className={styles.results}>
        <caption>
          <Translate id="tools.readiness.resultsCaption">The result for each factor</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">{labels.columns.factor}</th>
            <th scope="col">{labels.columns.result}</th>
            <th scope="col">{labels.columns.points}</th>
            <th scope="col">{labels.columns.unsure}</th>
          </tr>
        </thead>
        <tbody>
          {result.factors.map((factor) => (
            <tr key={factor.factor} data-factor={factor.factor} data-band={factor.band}>
              <th scope="row">{readinessFactor(READINESS_DATA, factor.factor).title}</th>
              <td className={styles[factor.band]}>
                <span aria-hidden="true">{BAND_MARK[factor.band]} </span>
                {labels.bands[factor.band]}
              </td>
              <td>{factor.answered > 0 ? labels.pointsOf(factor.points, factor.maxPoints) : '–'}</td>
              <td>{factor.unsure}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.note}>
        <Translate id="tools.readiness.pointsNote">
          Points count only the questions answered, from 0 to 3 each. "Not sure" answers do not count. A result is a rough guide to where to look, not an exact measure.
        </Translate>
      </p>

      {groups.length > 0 && (
        <>
          <h4>{labels.nextStepsHeading}</h4>
          {groups.map((group) => (
            <div key={group.factor} className={styles.group} data-factor={group.factor}>
              <h5>
                {readinessFactor(READINESS_DATA, group.factor).title}: {labels.bands[group.band]}
              </h5>
              <ul>
                {group.steps.map((step) => (
                  <li key={step.question}>{readinessQuestion(READINESS_DATA, step.question)!.action}</li>
                ))}
              </ul>
              <p className={styles.listLabel}>{labels.columns.standards}:</p>
              <StandardLinks
                ids={group.standards}
                label={translate({ id: 'tools.readiness.standardsFor', message: 'Standards for {factor}' }, { factor: readinessFactor(READINESS_DATA, group.factor).title })}
              />
              <p>
                {labels.columns.lessons}:{' '}
                {group.lessons.map((lessonId, index) => {
                  const link = lesson(lessonId);
                  return (
                    <span key={lessonId}>
                      {index > 0 && '; '}
                      <Link to={link.permalink}>{link.title}</Link>
                    </span>
                  );
                })}
              </p>
            </div>
          ))}
        </>
      )}

      <div className={styles.printOnly}>
        <h4>
          <Translate id="tools.readiness.yourAnswers">Your answers</Translate>
        </h4>
        {READINESS_DATA.factors.map((factor) => (
          <table key={factor.id} className={styles.answers}>
            <caption>{factor.title}</caption>
            <tbody>
              {factor.questions.map((question) => (
                <tr key={question.id}>
                  <th scope="row">{question.text}</th>
                  <td>{answerText(state.answers[question.id], question.id, READINESS_DATA, labels)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
