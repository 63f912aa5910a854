import Translate, { translate } from '@docusaurus/Translate';
import { computeSchedule } from '@site/src/core/schedule';
import { useState, type ReactNode } from 'react';
import type { CurriculumLessonData } from './curricula-data';
import styles from './lesson.module.css';

const SESSION_LENGTHS = [60, 90, 120, 180, 240];
const BREAK_LENGTHS = [0, 5, 10, 15];

function MinutesSelect(props: { label: ReactNode; value: number; choices: readonly number[]; onChange: (minutes: number) => void }): ReactNode {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(event) => props.onChange(Number(event.target.value))}>
        {props.choices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {translate({ id: 'schedule.minutes', message: '{minutes} minutes' }, { minutes })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Choose a session length and a break; see which lessons fall in which session. */
export default function ScheduleBuilder({ lessons }: { lessons: readonly CurriculumLessonData[] }): ReactNode {
  const [sessionMinutes, setSessionMinutes] = useState(120);
  const [breakMinutes, setBreakMinutes] = useState(10);
  const sessions = computeSchedule(
    lessons.map((lesson) => ({ id: lesson.id, title: lesson.title, minutes: lesson.teaching + lesson.activity })),
    { sessionMinutes, breakMinutes },
  );
  return (
    <div className={styles.schedule}>
      <p className={styles.scheduleControls}>
        <MinutesSelect label={<Translate id="schedule.sessionLength">Session length</Translate>} value={sessionMinutes} choices={SESSION_LENGTHS} onChange={setSessionMinutes} />
        <MinutesSelect label={<Translate id="schedule.break">Break between lessons</Translate>} value={breakMinutes} choices={BREAK_LENGTHS} onChange={setBreakMinutes} />
      </p>
      <p role="status" data-testid="session-count">
        {translate({ id: 'schedule.count', message: '{count} sessions' }, { count: sessions.length })}
      </p>
      <ol className={styles.sessions}>
        {sessions.map((session) => (
          <li key={session.number} data-session={session.number}>
            <strong>{translate({ id: 'schedule.session', message: 'Session {number} ({minutes} minutes)' }, { number: session.number, minutes: session.minutes })}</strong>
            <ul>
              {session.blocks.map((block, index) => (
                <li key={index}>
                  {block.kind === 'break'
                    ? translate({ id: 'schedule.breakBlock', message: 'Break, {minutes} minutes' }, { minutes: block.minutes })
                    : `${block.title}${block.part ? ` (${block.part.index}/${block.part.of})` : ''}, ${translate({ id: 'schedule.minutes', message: '{minutes} minutes' }, { minutes: block.minutes })}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
