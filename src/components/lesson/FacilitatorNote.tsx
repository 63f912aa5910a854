import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { useLessonView } from './LessonView';
import styles from './lesson.module.css';

/** Notes for the facilitator only: how to run a part, timings, answers. Hidden in the learner view. */
export default function FacilitatorNote({ children }: { children?: ReactNode }): ReactNode {
  const { view } = useLessonView();
  if (view !== 'facilitator') return null;
  return (
    <aside className={styles.note} data-facilitator-note="">
      <p className={styles.noteLabel}>
        <Translate id="lesson.facilitatorNote">Facilitator note</Translate>
      </p>
      {children}
    </aside>
  );
}
