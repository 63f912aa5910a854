import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { VOCABULARY, emptyFilters, hasFilters, matchesFilters, parseFilters, serializeFilters, toggleFilter, type Facet, type FilterState } from '@site/src/core/filters';
import { useMemo, type ReactNode } from 'react';
import FacetFilters from '../FacetFilters';
import StandardCard from '../StandardCard';
import type { StandardsIndexProps } from '../types';
import styles from '../standards.module.css';

/** /standards: every standard grouped by domain, with filters kept in the page address. */
export default function StandardsIndexPage({ data }: StandardsIndexProps): ReactNode {
  const { site, domains, standards } = data;
  const location = useLocation();
  const history = useHistory();
  // The server renders the full list; the address's filters apply once the page runs in the browser.
  const isBrowser = useIsBrowser();
  const allowed = useMemo(() => ({ ...VOCABULARY, domain: domains.map((domain) => domain.id) }), [domains]);
  const filters = isBrowser ? parseFilters(location.search, allowed) : emptyFilters();
  const setFilters = (next: FilterState) => history.replace({ ...location, search: serializeFilters(next) });
  const toggle = (facet: Facet, value: string) => setFilters(toggleFilter(filters, facet, value, allowed[facet]));
  const shown = standards.filter((standard) => matchesFilters(standard, filters));
  const title = translate({ id: 'standards.index.title', message: 'Standards' });

  return (
    <Layout
      title={title}
      description={translate({ id: 'standards.index.description', message: 'Every standard of worker cooperative development practice, by domain, with filters.' })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="standards.index.lead">
            Each standard states one piece of good practice in developing a worker cooperative. Filter them by what fits your group; the address of the page keeps your filters, so
            you can share the view.
          </Translate>{' '}
          <Link to={`${site.standardsPermalink}/coming-changes`}>
            <Translate id="standards.index.comingChanges">See the coming changes in the law that the standards follow.</Translate>
          </Link>
        </p>
        <FacetFilters filters={filters} domains={domains} onToggle={toggle} onClear={() => setFilters(emptyFilters())} />
        <p className={styles.count} role="status" aria-live="polite" data-testid="result-count">
          {hasFilters(filters)
            ? translate({ id: 'standards.index.countFiltered', message: 'Showing {shown} of {total} standards' }, { shown: shown.length, total: standards.length })
            : translate({ id: 'standards.index.countAll', message: '{total} standards' }, { total: standards.length })}
        </p>
        {domains.map((domain) => {
          const inDomain = shown.filter((standard) => standard.domain === domain.id);
          if (inDomain.length === 0) return null;
          return (
            <section key={domain.id} className={styles.domainSection} aria-labelledby={`domain-${domain.id}`}>
              <Heading as="h2" id={`domain-${domain.id}`}>
                <Link to={domain.permalink}>{domain.title}</Link>
              </Heading>
              <ul className={styles.cards}>
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
      </main>
    </Layout>
  );
}
