import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import Highlighted from './Highlighted';
import { typeLabel } from './labels';
import styles from './search.module.css';
import type { SearchHit } from './types';

interface Props {
  hit: SearchHit;
  query: string;
  /** Shorter, for the navbar's list. */
  compact?: boolean;
  onOpen?: () => void;
}

/** One result: where it sits, its title as a link, what kind of page it is, and an excerpt with the query's words marked. */
export default function ResultItem({ hit, query, compact = false, onOpen }: Props): ReactNode {
  return (
    <Link to={hit.url} className={compact ? styles.compactResult : styles.result} onClick={onOpen} data-search-result="" lang={hit.language}>
      <span className={styles.breadcrumb}>
        <span className={styles.type}>{typeLabel(hit.type)}</span> {hit.breadcrumb}
      </span>
      <span className={styles.title}>
        <Highlighted text={hit.title} query={query} language={hit.language} />
      </span>
      {hit.excerpt && (
        <span className={styles.excerpt}>
          <Highlighted text={hit.excerpt} query={query} language={hit.language} />
        </span>
      )}
    </Link>
  );
}
