import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { AssignmentLinkError, decodeAssignment, type DecodeProblem } from '@site/src/core/assignment/codec';
import { assignmentCalendar } from '@site/src/core/assignment/ics';
import type { Assignment } from '@site/src/core/assignment/model';
import type { ReactNode } from 'react';
import { useVocabulary } from '../locale';
import { useLessonCatalog, useLessonLink } from './catalog';
import CopyButton from './CopyButton';
import styles from './assignment.module.css';

function problemMessage(problem: DecodeProblem): string {
  switch (problem) {
    case 'empty':
      return translate({ id: 'assignment.problem.empty', message: 'This page shows an assignment that a trainer shares as a link, and this address holds none.' });
    case 'version':
      return translate({ id: 'assignment.problem.version', message: 'This link was made by a newer version of the library than this one, so it cannot be read here.' });
    case 'corrupt':
      return translate({ id: 'assignment.problem.corrupt', message: 'This link is damaged: part of it may be missing. Ask your trainer to send it again.' });
    case 'invalid':
      return translate({
        id: 'assignment.problem.invalid',
        message: 'This link does not hold a valid assignment. It may have been changed by hand. Ask your trainer to send it again.',
      });
    case 'too-long':
      return translate({
        id: 'assignment.problem.tooLong',
        message: 'This link is longer than any assignment the builder makes, so it was not opened. Ask your trainer to send it again.',
      });
  }
}

function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

/** /assignment#<code>: the assignment a trainer shared, ready to read, print or put in a calendar. */
export default function AssignmentSheet(): ReactNode {
  const isBrowser = useIsBrowser();
  const { hash } = useLocation();
  if (!isBrowser)
    return (
      <p>
        <Translate id="assignment.loading">Opening the assignment…</Translate>
      </p>
    );
  let assignment: Assignment;
  try {
    assignment = decodeAssignment(decodeURIComponent(hash));
  } catch (error) {
    const problem = error instanceof AssignmentLinkError ? error.problem : 'corrupt';
    return (
      <div role="alert" data-testid="assignment-problem" data-problem={problem}>
        <p>{problemMessage(problem)}</p>
        <p>
          <Link to="/assign">
            <Translate id="assignment.toBuilder">Make an assignment with the assignment builder</Translate>
          </Link>
        </p>
      </div>
    );
  }
  return <AssignmentContent assignment={assignment} />;
}

function AssignmentContent({ assignment }: { assignment: Assignment }): ReactNode {
  const catalog = useLessonCatalog();
  const lessonLink = useLessonLink();
  const words = useVocabulary();
  const byId = new Map(catalog.map((lesson) => [lesson.id, lesson]));
  const uiLanguage = document.documentElement.lang || 'en';
  const total = assignment.items.reduce((sum, item) => sum + (byId.get(item.lesson)?.minutes ?? 0), 0);
  const minutes = (value: number) => translate({ id: 'schedule.minutes', message: '{minutes} minutes' }, { minutes: value });
  const calendar = () =>
    assignmentCalendar(assignment, {
      stamp: new Date(),
      lessonOf: (id) => {
        const lesson = byId.get(id);
        return lesson && { title: lesson.title, url: lessonLink(id, assignment.language, assignment.view, true) };
      },
      summary: (cohort, count) =>
        translate(
          { id: 'assignment.calendar.summary', message: '{cohort}: {count} lessons due' },
          { cohort: cohort || translate({ id: 'assignment.untitled', message: 'Assignment' }), count },
        ),
      assignmentUrl: window.location.href,
    });
  const hasDates = assignment.items.some((item) => item.due);
  return (
    <article className={styles.sheet} data-testid="assignment">
      <h1>{assignment.cohort || translate({ id: 'assignment.untitled', message: 'Assignment' })}</h1>
      {assignment.message && <p className={styles.message}>{assignment.message}</p>}
      <p className={styles.muted}>
        {assignment.view === 'facilitator'
          ? translate({ id: 'assignment.viewFacilitator', message: 'Lessons open in the facilitator view.' })
          : translate({ id: 'assignment.viewLearner', message: 'Lessons open in the learner view.' })}
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{words.recordType.lesson}</th>
            <th scope="col">
              <Translate id="assign.item.due">Due date</Translate>
            </th>
            <th scope="col">
              <Translate id="assignment.time">Time</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {assignment.items.map((item, index) => {
            const lesson = byId.get(item.lesson);
            return (
              <tr key={`${item.lesson}-${index}`} data-assignment-item={item.lesson}>
                <td>{index + 1}</td>
                <td>
                  {lesson ? (
                    <a href={lessonLink(item.lesson, assignment.language, assignment.view)} hrefLang={assignment.language}>
                      {lesson.title}
                    </a>
                  ) : (
                    <span data-testid="missing-lesson">
                      {translate(
                        {
                          id: 'assignment.missing',
                          message: '"{name}" is no longer in the library: it may have moved or been retired. Ask your trainer which lesson replaces it.',
                        },
                        { name: item.lesson.split('/').pop() ?? item.lesson },
                      )}
                    </span>
                  )}
                  {item.note && <div className={styles.note}>{item.note}</div>}
                </td>
                <td>{item.due ? formatDate(item.due, uiLanguage) : '—'}</td>
                <td>{lesson ? minutes(lesson.minutes) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              <Translate id="curriculum.totalRow">Total</Translate>
            </th>
            <td data-testid="assignment-total">{minutes(total)}</td>
          </tr>
        </tfoot>
      </table>
      <p className={styles.rowButtons}>
        <CopyButton text={window.location.href} />
        <button type="button" className="button button--sm button--secondary" onClick={() => window.print()}>
          <Translate id="assignment.print">Print syllabus</Translate>
        </button>
        {hasDates && (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => download(`${(assignment.cohort || 'assignment').replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.ics`, calendar())}
          >
            <Translate id="assignment.calendar">Download calendar</Translate>
          </button>
        )}
      </p>
    </article>
  );
}
