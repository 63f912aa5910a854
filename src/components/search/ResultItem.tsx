import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { KeyboardEventHandler, ReactNode } from 'react';
import { labelOf } from '@site/src/core/vocabulary';
import { useVocabulary } from '../locale';
import styles from './search.module.css';
import type { SearchHit } from './types';
import type { TextPart } from '@site/src/core/search/highlight';

interface Props {
  hit: SearchHit;
  /** Shorter, for the navbar's list. */
  compact?: boolean;
  onOpen?: () => void;
  /** Keys pressed on the result's link (the navbar's list moves through its results with the arrow keys). */
  onKeyDown?: KeyboardEventHandler<HTMLAnchorElement>;
}

/** One result: where it sits, its title as a link, what kind of page it is, and an excerpt with the query's words marked. */
export default function ResultItem({ hit, compact = false, onOpen, onKeyDown }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const words = useVocabulary();
  const className = compact ? styles.compactResult : styles.result;
  // Addresses already hold their language's base URL. A page of another language belongs to another
  // build of the site, so it opens with a full page load.
  const content = (
    <>
      <span className={styles.breadcrumb}>
        <span className={styles.type}>{labelOf(words, 'recordType', hit.type)}</span> {hit.breadcrumb}
      </span>
      <span className={styles.title}>
        <Marked parts={hit.titleParts} />
      </span>
      {hit.excerpt && (
        <span className={styles.excerpt}>
          <Marked parts={hit.excerptParts} />
        </span>
      )}
    </>
  );
  if (hit.language !== i18n.currentLocale) {
    return (
      <a href={hit.url} className={className} onClick={onOpen} onKeyDown={onKeyDown} data-search-result="" lang={hit.language} hrefLang={hit.language}>
        {content}
      </a>
    );
  }
  return (
    <Link to={hit.url} autoAddBaseUrl={false} className={className} onClick={onOpen} onKeyDown={onKeyDown} data-search-result="" lang={hit.language}>
      {content}
    </Link>
  );
}

/** A text with the words that match the query marked. */
function Marked({ parts }: { parts: readonly TextPart[] }): ReactNode {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text));
}
