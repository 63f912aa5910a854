/**
 * /search: the full results of a search, with facets to narrow them. The query, the facets and the
 * language choice live in the page address, so a search can be shared as a link.
 */
import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { parseSearchPageState, serializeSearchPageState, toggleSearchFilter, type SearchPageState } from '@site/src/core/search/page-state';
import Heading from '@theme/Heading';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { searchStatus } from './labels';
import ResultItem from './ResultItem';
import SearchFacets from './SearchFacets';
import styles from './search.module.css';
import { useSearchData } from './useSearchClient';
import { useSearchResults } from './useSearchResults';

const PAGE = 20;

export default function SearchPage(): ReactNode {
  const { domains } = useSearchData();
  const { i18n } = useDocusaurusContext();
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  // The server renders the page without a query; the address is read once React runs in the browser.
  const isBrowser = useIsBrowser();
  const state = useMemo(() => parseSearchPageState(isBrowser ? location.search : ''), [isBrowser, location.search]);
  const [draft, setDraft] = useState(state.query);
  const [limit, setLimit] = useState(PAGE);
  const languages = state.allLanguages ? i18n.locales : [i18n.currentLocale];
  const otherLanguages = i18n.locales.filter((locale) => locale !== i18n.currentLocale).map((locale) => i18n.localeConfigs[locale]?.label ?? locale);
  const allLanguagesLabel = translate({ id: 'search.page.allLanguages', message: 'Also search pages in {languages}' }, { languages: otherLanguages.join(', ') });

  const update = useCallback((next: SearchPageState) => history.replace({ search: serializeSearchPageState(next) }), [history]);

  // Typing updates the address after a short pause, and the address drives the search. Only typing
  // starts the pause; when it ends, the query joins the address as it is then (a facet ticked meanwhile stays).
  const latestState = useRef(state);
  useEffect(() => {
    latestState.current = state;
  }, [state]);
  useEffect(() => {
    if (draft === latestState.current.query) return undefined;
    const timer = window.setTimeout(() => update({ ...latestState.current, query: draft }), 200);
    return () => window.clearTimeout(timer);
  }, [draft, update]);
  useEffect(() => setDraft(state.query), [state.query]);
  useEffect(() => setLimit(PAGE), [location.search]);

  const { found, failed, client } = useSearchResults({ query: state.query, languages, filters: state.filters, limit, withFacets: true });

  const response = found?.response;
  const status = searchStatus(state.query, { failed, total: response?.total }, (count) =>
    translate({ id: 'search.page.count', message: '{count} results for “{query}”' }, { count, query: state.query }),
  );

  return (
    <main className="container margin-vert--lg">
      <Heading as="h1">
        <Translate id="search.page.title">Search the library</Translate>
      </Heading>
      <form
        className={styles.queryForm}
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          update({ ...state, query: draft });
        }}
      >
        <label htmlFor={inputId} className="margin-bottom--sm" style={{ display: 'block' }}>
          <Translate id="search.page.label">Words, or a standard's ID such as GOV-03</Translate>
        </label>
        <input
          id={inputId}
          type="search"
          className={styles.queryInput}
          value={draft}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          onFocus={() => client.prepare(languages)}
        />
        <label className={styles.option}>
          <input type="checkbox" checked={state.allLanguages} onChange={() => update({ ...state, allLanguages: !state.allLanguages })} />
          <span>{allLanguagesLabel}</span>
        </label>
      </form>
      <p role="status" className={styles.status}>
        {status}
      </p>
      {response?.suggestion && (
        <p data-testid="search-suggestion">
          <Translate
            id="search.page.suggestion"
            values={{
              suggestion: (
                <button type="button" className={styles.suggestion} onClick={() => update({ ...state, query: response.suggestion! })}>
                  {response.suggestion}
                </button>
              ),
            }}
          >
            {'Some words are in no page, so close words were searched too. Did you mean {suggestion}?'}
          </Translate>
        </p>
      )}
      {!state.query.trim() && (
        <p>
          <Translate id="search.page.tips">
            Search the standards, lessons, tools, guides and glossary. Type a few words, or a standard's ID such as GOV-03 to go straight to it. Accents are optional.
          </Translate>
        </p>
      )}
      {response && (
        <div className={styles.layout}>
          <SearchFacets counts={response.facets ?? {}} selected={state.filters} domains={domains} onToggle={(facet, value) => update(toggleSearchFilter(state, facet, value))} />
          <div>
            <ol className={styles.list}>
              {response.hits.map((hit) => (
                <li key={`${hit.language}:${hit.url}`}>
                  <ResultItem hit={hit} />
                </li>
              ))}
            </ol>
            {response.hits.length < response.total && (
              <button type="button" className="button button--secondary margin-top--md" onClick={() => setLimit(limit + PAGE)}>
                <Translate id="search.page.more">Show more results</Translate>
              </button>
            )}
          </div>
        </div>
      )}
    </main>
  );
}
