import Link from '@site/src/components/PageLink';
import type { StandardSummaryView } from '@site/src/core/views';
import { memo, type ReactNode } from 'react';
import { useLanguage } from '../locale';
import StandardTags from './StandardTags';
import styles from './standards.module.css';

/**
 * One standard in a list: its ID, title, statement and tags, linked to its page. A card is drawn
 * again only when its standard changes, not each time the list around it is (as the page starts,
 * or a filter changes), since a list holds dozens.
 */
function StandardCard({ standard }: { standard: StandardSummaryView }): ReactNode {
  // English text in a list of another language is marked as English.
  const textLang = standard.textLanguage === useLanguage() ? undefined : standard.textLanguage;
  return (
    <li className={styles.card} data-standard-id={standard.id}>
      <h3 className={styles.cardTitle}>
        <Link to={standard.permalink}>
          <span className={styles.id}>{standard.id}</span> <span lang={textLang}>{standard.title}</span>
        </Link>
      </h3>
      <p className={styles.statement} lang={textLang}>
        {standard.statement}
      </p>
      <StandardTags standard={standard} />
    </li>
  );
}

export default memo(StandardCard);
