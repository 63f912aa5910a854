import Link from '@docusaurus/Link';
import type { CaseSummaryView } from '@site/src/core/public/cases-view';
import { labelOf } from '@site/src/core/vocabulary';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { useVocabulary } from '../locale';
import CaseFacts from './CaseFacts';
import styles from './public.module.css';

/** One case in the list: its name, where and what, how it began, and one or two sentences. */
export default function CaseCard({ item }: { item: CaseSummaryView }): ReactNode {
  const words = useVocabulary();
  return (
    <li className={styles.card} data-case={item.id}>
      <Heading as="h2">
        <Link to={item.permalink}>{item.name}</Link>
      </Heading>
      <CaseFacts item={item} short />
      <p>{item.summary}</p>
      {item.communities.length > 0 && (
        <ul className={styles.tags}>
          {item.communities.map((community) => (
            <li key={community}>{labelOf(words, 'community', community)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
