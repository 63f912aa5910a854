import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Translate, { translate } from '@docusaurus/Translate';
import type { CurriculumFrontMatter } from '@site/src/core/generated/content-types';
import type { ReactNode } from 'react';
import { labelOf } from '@site/src/core/vocabulary';
import { useVocabulary } from '../locale';
import { curriculaData } from './curricula-data';
import ScheduleBuilder from './ScheduleBuilder';
import StandardLinks from './StandardLinks';
import styles from './lesson.module.css';

/** A curriculum's overview, computed from its lessons: time, lessons, a session plan and the standards covered. */
export default function CurriculumOverview(): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const { curricula } = curriculaData;
  const words = useVocabulary();
  const curriculum = curricula.find((candidate) => `curricula/${candidate.id}/index` === metadata.id);
  if (!curriculum) return null;
  const details = frontMatter as unknown as CurriculumFrontMatter;
  const { lessons } = curriculum;
  const teaching = lessons.reduce((sum, lesson) => sum + lesson.teaching, 0);
  const activity = lessons.reduce((sum, lesson) => sum + lesson.activity, 0);
  const standards = [...new Set(lessons.flatMap((lesson) => lesson.standards))].sort();
  const hours = (minutes: number) => (minutes / 60).toFixed(1);
  return (
    <div data-curriculum={curriculum.id}>
      <p className={styles.facts}>
        <span>
          <Translate id="curriculum.audience">For:</Translate> {details.audience.map((audience) => labelOf(words, 'audience', audience)).join(', ')}
        </span>
        <span data-testid="curriculum-total">
          <Translate id="curriculum.total" values={{ lessons: lessons.length, hours: hours(teaching + activity) }}>
            {'{lessons} lessons, {hours} hours in all'}
          </Translate>
        </span>
      </p>
      <h2 id="objectives">
        <Translate id="curriculum.objectives">What learners will be able to do</Translate>
      </h2>
      <ul>
        {details.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <h2 id="lessons">
        <Translate id="curriculum.lessons">Lessons</Translate>
      </h2>
      <table className={styles.lessonTable}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{words.recordType.lesson}</th>
            <th scope="col">
              <Translate id="curriculum.teaching">Teaching (min)</Translate>
            </th>
            <th scope="col">
              <Translate id="curriculum.activities">Activities (min)</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson, index) => (
            <tr key={lesson.id}>
              <td>{index + 1}</td>
              <td>
                <Link to={lesson.permalink}>{lesson.title}</Link>
              </td>
              <td>{lesson.teaching}</td>
              <td>{lesson.activity}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              <Translate id="curriculum.totalRow">Total</Translate>
            </th>
            <td>{teaching}</td>
            <td>{activity}</td>
          </tr>
        </tfoot>
      </table>
      <h2 id="schedule">
        <Translate id="curriculum.schedule">Plan the sessions</Translate>
      </h2>
      <ScheduleBuilder lessons={lessons} />
      <h2 id="print">
        <Translate id="curriculum.print">Print the whole curriculum</Translate>
      </h2>
      <ul>
        <li>
          <Link to={`${curriculum.printPermalink}?view=learner`}>
            <Translate id="curriculum.printLearner">All lessons on one page, learner view (handouts)</Translate>
          </Link>
        </li>
        <li>
          <Link to={`${curriculum.printPermalink}?view=facilitator`}>
            <Translate id="curriculum.printFacilitator">All lessons on one page, facilitator view (with notes and answers)</Translate>
          </Link>
        </li>
      </ul>
      <h2 id="standards">
        <Translate id="curriculum.standards">Standards this curriculum covers</Translate>
      </h2>
      <StandardLinks ids={standards} label={translate({ id: 'curriculum.standards', message: 'Standards this curriculum covers' })} />
    </div>
  );
}
