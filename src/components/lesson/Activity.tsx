import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import styles from './lesson.module.css';

interface Props {
  title: string;
  /** Who works together, in words: "Pairs", "Groups of 4 to 6". */
  group: string;
  /** How long it takes, in minutes. */
  minutes: string;
  children?: ReactNode;
}

/** An activity of a lesson, with its group size and time always in view. */
export default function Activity({ title, group, minutes, children }: Props): ReactNode {
  return (
    <section className={styles.activity} data-activity="">
      <p className={styles.activityTitle}>{title}</p>
      <p className={styles.activityMeta}>
        <span>
          <Translate id="lesson.activity.group">Group:</Translate> {group}
        </span>
        <span>
          <Translate id="lesson.activity.minutes" values={{ minutes }}>
            {'{minutes} minutes'}
          </Translate>
        </span>
      </p>
      {children}
    </section>
  );
}
