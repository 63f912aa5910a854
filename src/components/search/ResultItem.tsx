import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
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
  const { i18n } = useDocusaurusContext();
  const className = compact ? styles.compactResult : styles.result;
  // Addresses already hold their language's base URL. A page of another language belongs to another
  // build of the site, so it opens with a full page load.
  const content = (
    <>
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
    </>
  );
  if (hit.language !== i18n.currentLocale) {
    return (
      <a href={hit.url} className={className} onClick={onOpen} data-search-result="" lang={hit.language} hrefLang={hit.language}>
        {content}
      </a>
    );
  }
  return (
    <Link to={hit.url} autoAddBaseUrl={false} className={className} onClick={onOpen} data-search-result="" lang={hit.language}>
      {content}
    </Link>
  );
}
