import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { facetCounts } from '@site/src/core/facet-counts';
import { VOCABULARY, emptyFilters, hasFilters, matchesFilters, parseFilters, serializeFilters, toggleFilter, type Facet, type FilterState } from '@site/src/core/filters';
import clsx from 'clsx';
import { useMemo, useRef, type ReactNode } from 'react';
import StandardCard from '../StandardCard';
import type { StandardsIndexProps } from '../types';
import standardsStyles from '../standards.module.css';
import FilterChips from './FilterChips';
import FilterDialog from './FilterDialog';
import FilterSidebar from './FilterSidebar';
import styles from './index.module.css';

/**
 * /standards: every standard grouped by domain, the list first. The filters are a column beside it on a
 * wide screen and behind a button on a phone; each value says how many standards it would show. The
 * chosen filters are listed above the list, and kept in the page address, so a view can be shared.
 */
export default function StandardsIndexPage({ data }: StandardsIndexProps): ReactNode {
  const { site, domains, standards } = data;
  const location = useLocation();
  const history = useHistory();
  // The server renders the full list; the address's filters apply once the page runs in the browser.
  const isBrowser = useIsBrowser();
  const allowed = useMemo(() => ({ ...VOCABULARY, domain: domains.map((domain) => domain.id) }), [domains]);
  const filters = useMemo(() => (isBrowser ? parseFilters(location.search, allowed) : emptyFilters()), [isBrowser, location.search, allowed]);
  const setFilters = (next: FilterState) => history.replace({ ...location, search: serializeFilters(next) });
  const toggle = (facet: Facet, value: string) => setFilters(toggleFilter(filters, facet, value, allowed[facet]));
  const clear = () => setFilters(emptyFilters());
  const shown = useMemo(() => standards.filter((standard) => matchesFilters(standard, filters)), [standards, filters]);
  const counts = useMemo(() => facetCounts(standards, filters, allowed), [standards, filters, allowed]);
  const status = useRef<HTMLParagraphElement>(null);
  const title = translate({ id: 'standards.index.title', message: 'Standards' });

  return (
    <Layout
      title={title}
      description={translate({ id: 'standards.index.description', message: 'Every standard of worker cooperative development practice, by domain, with filters.' })}
    >
      <main className={clsx('container', styles.page)}>
        <Heading as="h1" className={styles.title}>
          {title}
        </Heading>
        <p className={styles.lead}>
          <Translate id="standards.index.intro">Each standard states one piece of good practice in developing a worker cooperative.</Translate>{' '}
          <Link to={`${site.standardsPermalink}/coming-changes`}>
            <Translate id="standards.index.comingChanges">See the coming changes in the law that the standards follow.</Translate>
          </Link>
        </p>
        <div className={styles.layout}>
          <FilterSidebar filters={filters} domains={domains} counts={counts} onToggle={toggle} />
          <div className={styles.results}>
            <div className={styles.toolbar}>
              <FilterDialog filters={filters} domains={domains} counts={counts} shown={shown.length} onToggle={toggle} onClear={clear} />
              <p ref={status} tabIndex={-1} className={styles.count} role="status" aria-live="polite" data-testid="result-count">
                {hasFilters(filters)
                  ? translate({ id: 'standards.index.countFiltered', message: 'Showing {shown} of {total} standards' }, { shown: shown.length, total: standards.length })
                  : translate({ id: 'standards.index.countAll', message: '{total} standards' }, { total: standards.length })}
              </p>
            </div>
            <FilterChips filters={filters} domains={domains} onRemove={toggle} onClear={clear} focusWhenEmpty={status} />
            {domains.map((domain) => {
              const inDomain = shown.filter((standard) => standard.domain === domain.id);
              if (inDomain.length === 0) return null;
              return (
                <section key={domain.id} className={styles.domainSection} aria-labelledby={`domain-${domain.id}`}>
                  <Heading as="h2" id={`domain-${domain.id}`} className={styles.domainHeading}>
                    <Link to={domain.permalink}>{domain.title}</Link>{' '}
                    <span className={styles.domainCount} data-testid="domain-count">
                      <span className="sr-only">(</span>
                      {inDomain.length}
                      <span className="sr-only">)</span>
                    </span>
                  </Heading>
                  <ul className={standardsStyles.cards}>
                    {inDomain.map((standard) => (
                      <StandardCard key={standard.id} standard={standard} />
                    ))}
                  </ul>
                </section>
              );
            })}
            {shown.length === 0 && (
              <p>
                <Translate id="standards.index.none">No standard matches all of these filters. Remove one to see more.</Translate>
              </p>
            )}
          </div>
        </div>
      </main>
    </Layout>
  );
}
