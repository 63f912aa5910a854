/** /cases: every case study, with filters kept in the page address. */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { isEmptySelection, matchesSelection } from '@site/src/core/public/selection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { useMemo, type ReactNode } from 'react';
import { useVocabulary } from '../../locale';
import CaseCard from '../CaseCard';
import Filters from '../Filters';
import { filterGroup } from '../options';
import type { CasesPageProps } from '../types';
import { useSelection } from '../useSelection';
import styles from '../public.module.css';

export default function CasesPage({ data }: CasesPageProps): ReactNode {
  const { cases } = data;
  const words = useVocabulary();
  const groups = useMemo(
    () => [
      filterGroup(
        words,
        'pathway',
        'pathway',
        cases.map((item) => item.pathway),
      ),
      filterGroup(
        words,
        'sector',
        'sector',
        cases.map((item) => item.sector),
      ),
      filterGroup(
        words,
        'community',
        'community',
        cases.flatMap((item) => item.communities),
      ),
      filterGroup(
        words,
        'language',
        'spokenLanguage',
        cases.flatMap((item) => item.languages),
      ),
      filterGroup(
        words,
        'state',
        'state',
        cases.map((item) => item.state),
      ),
    ],
    [cases, words],
  );
  const { selection, filters } = useSelection(groups);
  const shown = cases.filter((item) =>
    matchesSelection({ pathway: [item.pathway], sector: [item.sector], community: item.communities, language: item.languages, state: [item.state] }, selection),
  );
  const title = translate({ id: 'public.cases.title', message: 'Case studies' });
  return (
    <Layout title={title} description={translate({ id: 'public.cases.description', message: 'Real worker co-ops: how they started, how they were financed, and what happened.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="public.cases.lead">
            Real worker co-ops, start-ups and conversions, in many trades and places. Each case says how the co-op began, how it was paid for, what happened, and which standards it
            shows in practice. Every fact comes from a public source listed on its page.
          </Translate>{' '}
          <Link to={data.directoryPermalink}>
            <Translate id="public.cases.directoryLink">Find organizations that help groups like these.</Translate>
          </Link>
        </p>
        <Filters title={translate({ id: 'public.cases.filters', message: 'Filter the cases' })} {...filters} />
        <p className={styles.count} role="status" aria-live="polite" data-testid="result-count">
          {isEmptySelection(selection)
            ? translate({ id: 'public.cases.countAll', message: '{total} cases' }, { total: cases.length })
            : translate({ id: 'public.cases.countFiltered', message: 'Showing {shown} of {total} cases' }, { shown: shown.length, total: cases.length })}
        </p>
        <ul className={styles.cards}>
          {shown.map((item) => (
            <CaseCard key={item.id} item={item} />
          ))}
        </ul>
        {shown.length === 0 && (
          <p>
            <Translate id="public.cases.none">No case matches all of these filters. Remove one to see more.</Translate>
          </p>
        )}
      </main>
    </Layout>
  );
}
