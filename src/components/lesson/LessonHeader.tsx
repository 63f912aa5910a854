import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { LessonFrontMatter } from '@site/src/core/generated/content-types';
import type { ReactNode } from 'react';
import { curriculaData } from './curricula-data';
import styles from './lesson.module.css';
import StandardLinks from './StandardLinks';
import ViewToggle from './ViewToggle';

export function isLessonFrontMatter(frontMatter: object): frontMatter is LessonFrontMatter {
  return 'duration' in frontMatter && 'objectives' in frontMatter;
}

function List({ items }: { items: readonly string[] }): ReactNode {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** What a trainer and a learner need before the lesson: time, objectives, questions, prerequisites, standards. */
export default function LessonHeader({ frontMatter, showToggle = true }: { frontMatter: LessonFrontMatter; showToggle?: boolean }): ReactNode {
  const { curricula } = curriculaData;
  const lessons = curricula.flatMap((curriculum) => curriculum.lessons);
  const { teaching, activity } = frontMatter.duration;
  return (
    <div className={styles.header} data-lesson-header="">
      <p>{frontMatter.summary}</p>
      <p className={styles.facts}>
        <span>
          <Translate id="lesson.time.total" values={{ minutes: teaching + activity }}>
            {'Total time: {minutes} minutes'}
          </Translate>
        </span>
        <span>
          <Translate id="lesson.time.split" values={{ teaching, activity }}>
            {'({teaching} teaching, {activity} activities)'}
          </Translate>
        </span>
      </p>
      {showToggle && <ViewToggle />}
      <h2>
        <Translate id="lesson.objectives">Objectives</Translate>
      </h2>
      <List items={frontMatter.objectives} />
      <h2>
        <Translate id="lesson.keyQuestions">Key questions</Translate>
      </h2>
      <List items={frontMatter.key_questions} />
      <h2>
        <Translate id="lesson.keyPoints">Key points</Translate>
      </h2>
      <List items={frontMatter.key_points} />
      {frontMatter.prerequisites.length > 0 && (
        <>
          <h2>
            <Translate id="lesson.prerequisites">Before this lesson</Translate>
          </h2>
          <ul>
            {frontMatter.prerequisites.map((id) => {
              const lesson = lessons.find((candidate) => candidate.id === id);
              return <li key={id}>{lesson ? <Link to={lesson.permalink}>{lesson.title}</Link> : id}</li>;
            })}
          </ul>
        </>
      )}
      {frontMatter.materials.length > 0 && (
        <>
          <h2>
            <Translate id="lesson.materials">Materials</Translate>
          </h2>
          <List items={frontMatter.materials} />
        </>
      )}
      <h2>
        <Translate id="lesson.standards">Standards this lesson teaches</Translate>
      </h2>
      <StandardLinks ids={frontMatter.standards} label={translate({ id: 'lesson.standards', message: 'Standards this lesson teaches' })} />
    </div>
  );
}
