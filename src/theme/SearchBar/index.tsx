/**
 * The search box in the navbar. It searches as the reader types, in the reader's language. Ctrl+K
 * (⌘K) or "/" puts the cursor in it; the arrow keys move through the results; Enter opens the
 * highlighted result, the standard whose ID was typed, or the full results page; Escape closes.
 */
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { searchStatus } from '@site/src/components/search/labels';
import ResultItem from '@site/src/components/search/ResultItem';
import resultStyles from '@site/src/components/search/search.module.css';
import { useSearchResults } from '@site/src/components/search/useSearchResults';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './styles.module.css';

const SHOWN = 6;

export default function SearchBar(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const language = i18n.currentLocale;
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const inputId = useId();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const shortcut = (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
      if (!shortcut) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const search = useSearchResults({ query, languages: [language], typing: true, limit: SHOWN });
  const { client, failed } = search;
  const found = search.found && {
    query: search.found.query,
    hits: search.found.response.hits,
    total: search.found.response.total,
    suggestion: search.found.response.suggestion,
  };

  const allResults = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  const close = () => setOpen(false);
  const links = () => Array.from(container.current?.querySelectorAll<HTMLAnchorElement>('[data-search-result], [data-search-all]') ?? []);

  // The keys of the box, on each of its controls: the field, every result and the link to all results.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const items = links();
    const position = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      if (open && query) setOpen(false);
      else setQuery('');
      input.current?.focus();
    } else if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      items[Math.min(position + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && position >= 0) {
      event.preventDefault();
      if (position === 0) input.current?.focus();
      else items[position - 1]?.focus();
    } else if (event.key === 'Enter' && event.target === input.current && query.trim()) {
      event.preventDefault();
      const first = found?.query === query ? found.hits[0] : undefined;
      history.push(first?.exact ? first.url : allResults);
      close();
      input.current?.blur();
    }
  };

  const status = searchStatus(found?.query ?? query, { failed, total: found?.total }, (count) =>
    translate({ id: 'search.count', message: '{count} results. Use the arrow keys to move through them.' }, { count }),
  );

  const showPanel = open && query.trim() !== '';
  return (
    <div
      ref={container}
      className={styles.box}
      onBlur={(event) => {
        if (!container.current?.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <label htmlFor={inputId} className={styles.visuallyHidden}>
        <Translate id="search.label">Search the library</Translate>
      </label>
      <input
        ref={input}
        id={inputId}
        type="search"
        className={styles.input}
        placeholder={translate({ id: 'search.placeholder', message: 'Search' })}
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-controls={panelId}
        aria-keyshortcuts="Control+K Meta+K /"
        onKeyDown={onKeyDown}
        onFocus={() => {
          client.prepare([language]);
          setOpen(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        Ctrl K
      </kbd>
      <div id={panelId} className={styles.panel} hidden={!showPanel}>
        <p role="status" className={styles.status}>
          {showPanel ? status : ''}
        </p>
        {found && found.query === query && found.hits.length > 0 && (
          <ul className={resultStyles.list}>
            {found.hits.map((hit) => (
              <li key={hit.url}>
                <ResultItem hit={hit} compact onOpen={close} onKeyDown={onKeyDown} />
              </li>
            ))}
          </ul>
        )}
        {found && found.query === query && found.suggestion && (
          <p className={styles.suggestion} data-testid="search-suggestion">
            <Translate
              id="search.suggestion"
              values={{
                suggestion: (
                  <Link to={`${searchPage}?q=${encodeURIComponent(found.suggestion)}`} onClick={close}>
                    {found.suggestion}
                  </Link>
                ),
              }}
            >
              {'Close words were searched too. Did you mean {suggestion}?'}
            </Translate>
          </p>
        )}
        {found && found.total > 0 && (
          <Link to={allResults} className={styles.all} data-search-all="" onClick={close} onKeyDown={onKeyDown}>
            <Translate id="search.all" values={{ count: found.total }}>
              {'See all {count} results'}
            </Translate>
          </Link>
        )}
      </div>
    </div>
  );
}

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}
