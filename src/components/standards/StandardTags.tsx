import Translate from '@docusaurus/Translate';
import type { StandardSummaryView } from '@site/src/core/views';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { levelLabel, pathwayLabel, stageLabel, statusLabel } from './labels';
import styles from './standards.module.css';

/** The level, stages and pathways of a standard, as short labels. */
export default function StandardTags({ standard }: { standard: Pick<StandardSummaryView, 'level' | 'stages' | 'pathways' | 'status'> }): ReactNode {
  return (
    <p className={styles.tags}>
      <span className={clsx(styles.tag, styles[`level_${standard.level}`])}>{levelLabel(standard.level)}</span>
      {standard.status !== 'active' && <span className={clsx(styles.tag, styles.status)}>{statusLabel(standard.status)}</span>}
      <span className={styles.tagGroup}>
        <span className="sr-only">
          <Translate id="standards.tags.stages">Stages:</Translate>{' '}
        </span>
        {standard.stages.map(stageLabel).join(' · ')}
      </span>
      <span className={styles.tagGroup}>
        <span className="sr-only">
          <Translate id="standards.tags.pathways">Pathways:</Translate>{' '}
        </span>
        {standard.pathways.map(pathwayLabel).join(' · ')}
      </span>
    </p>
  );
}
