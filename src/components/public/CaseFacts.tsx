import Translate from '@docusaurus/Translate';
import type { CaseSummaryView } from '@site/src/core/public/cases-view';
import { stateName } from '@site/src/core/public/us-states';
import { labelOf } from '@site/src/core/vocabulary';
import type { ReactNode } from 'react';
import { useLanguage, useVocabulary } from '../locale';
import styles from './public.module.css';

/** Where, what, how it began and how big: one line in a list, a list of facts on the case's page. */
export default function CaseFacts({ item, short = false }: { item: CaseSummaryView & { owners?: number }; short?: boolean }): ReactNode {
  const words = useVocabulary();
  const language = useLanguage();
  const place = `${item.city}, ${stateName(item.state, language)}`;
  const began =
    item.pathway === 'conversion' ? (
      <Translate id="public.case.converted" values={{ founded: item.founded, year: item.becameCoop }}>
        {'Business founded {founded}; owned by its workers since {year}'}
      </Translate>
    ) : (
      <Translate id="public.case.started" values={{ year: item.founded }}>
        {'Started as a worker co-op in {year}'}
      </Translate>
    );
  const size = (
    <Translate id="public.case.size" values={{ workers: item.workers, year: item.sizeYear }}>
      {'{workers} workers ({year})'}
    </Translate>
  );
  if (short) {
    return (
      <p className={styles.meta}>
        {place} · {labelOf(words, 'sector', item.sector)} · {labelOf(words, 'pathway', item.pathway)} · {size}
        {item.status !== 'operating' && <> · {labelOf(words, 'caseStatus', item.status)}</>}
      </p>
    );
  }
  return (
    <dl className={styles.facts}>
      <dt>
        <Translate id="public.case.where">Where</Translate>
      </dt>
      <dd>{place}</dd>
      <dt>{words.facet.sector}</dt>
      <dd>{labelOf(words, 'sector', item.sector)}</dd>
      <dt>{words.facet.pathway}</dt>
      <dd>
        {labelOf(words, 'pathway', item.pathway)}. {began}.
      </dd>
      <dt>
        <Translate id="public.case.sizeLabel">Size</Translate>
      </dt>
      <dd>
        {size}
        {item.owners !== undefined && (
          <>
            {', '}
            <Translate id="public.case.owners" values={{ owners: item.owners }}>
              {'{owners} of them worker-owners'}
            </Translate>
          </>
        )}
      </dd>
      <dt>{words.facet.language}</dt>
      <dd>{item.languages.map((code) => labelOf(words, 'spokenLanguage', code)).join(', ')}</dd>
      {item.communities.length > 0 && (
        <>
          <dt>{words.facet.community}</dt>
          <dd>{item.communities.map((community) => labelOf(words, 'community', community)).join(', ')}</dd>
        </>
      )}
      <dt>
        <Translate id="public.case.status">Today</Translate>
      </dt>
      <dd>{labelOf(words, 'caseStatus', item.status)}</dd>
    </dl>
  );
}
