import type { StandardSummaryView } from '@site/src/core/views';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { useVocabulary } from '../locale';
import { valueLabels } from './labels';
import styles from './standards.module.css';

/** The level, stages and pathways of a standard, as short labels. */
export default function StandardTags({ standard }: { standard: Pick<StandardSummaryView, 'level' | 'stages' | 'pathways' | 'status'> }): ReactNode {
  const words = useVocabulary();
  return (
    <p className={styles.tags}>
      <span className={clsx(styles.tag, styles[`level_${standard.level}`])}>{words.level[standard.level]}</span>
      {standard.status !== 'active' && <span className={clsx(styles.tag, styles.status)}>{words.status[standard.status]}</span>}
      <span className={styles.tagGroup}>
        <span className="sr-only">{words.field.stages}: </span>
        {valueLabels(words, 'stage', standard.stages, ' · ')}
      </span>
      <span className={styles.tagGroup}>
        <span className="sr-only">{words.field.pathways}: </span>
        {valueLabels(words, 'pathway', standard.pathways, ' · ')}
      </span>
    </p>
  );
}
