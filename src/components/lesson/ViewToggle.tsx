import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { useLessonView } from './LessonView';
import styles from './lesson.module.css';

/** Switches a lesson between the learner view and the facilitator view (notes, timings, answers). */
export default function ViewToggle(): ReactNode {
  const { view, setView } = useLessonView();
  return (
    <div className={styles.toggle} role="group" aria-label={translate({ id: 'lesson.view.label', message: 'Lesson view' })}>
      <button
        type="button"
        className={`button button--sm ${view === 'learner' ? 'button--primary' : 'button--secondary'}`}
        aria-pressed={view === 'learner'}
        onClick={() => setView('learner')}
      >
        <Translate id="lesson.view.learner">Learner view</Translate>
      </button>
      <button
        type="button"
        className={`button button--sm ${view === 'facilitator' ? 'button--primary' : 'button--secondary'}`}
        aria-pressed={view === 'facilitator'}
        onClick={() => setView('facilitator')}
      >
        <Translate id="lesson.view.facilitator">Facilitator view</Translate>
      </button>
    </div>
  );
}
