/** /facts: the numbers a city council or a funder asks for, each with its source, its year and a caution. */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { formatFigure } from '@site/src/core/public/figure-format';
import { labelOf } from '@site/src/core/vocabulary';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import { useLanguage, useVocabulary } from '../../locale';
import CheckedDay from '../../standards/CheckedDay';
import BarChart from '../BarChart';
import type { FactsPageProps } from '../types';
import styles from '../public.module.css';

export default function FactsPage({ data }: FactsPageProps): ReactNode {
  const { figures } = data;
  const words = useVocabulary();
  const language = useLanguage();
  const title = translate({ id: 'public.facts.title', message: 'Facts and figures' });
  // A source's title keeps its own language (English unless it says otherwise), marked where it is not the page's.
  const titleLanguage = (source?: string) => ((source ?? 'en') === language ? undefined : (source ?? 'en'));
  return (
    <Layout
      title={title}
      description={translate({ id: 'public.facts.description', message: 'How many worker co-ops there are in the US, who works in them, and how long they last, with sources.' })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="public.facts.lead">
            The numbers people ask about worker co-ops, each with its source and the year it describes. Research on US worker co-ops is still thin: most counts come from surveys
            that co-ops answer by choice, and some studies come from other countries. Each figure says plainly where to be careful.
          </Translate>
        </p>
        {figures.map((figure) => (
          <section key={figure.id} id={figure.id} className={styles.figure} aria-labelledby={`${figure.id}-label`}>
            <p className={styles.meta}>{labelOf(words, 'figureTopic', figure.topic)}</p>
            <Heading as="h2" id={`${figure.id}-label`}>
              {figure.label}
            </Heading>
            <p className={styles.number}>{formatFigure(figure, language)}</p>
            <p className={styles.meta}>
              <Translate id="public.facts.year" values={{ year: figure.year }}>
                {'Data for {year}'}
              </Translate>
            </p>
            <p>{figure.explanation}</p>
            {figure.breakdown.length > 0 && <BarChart figure={figure} />}
            {figure.caution && (
              <p className={styles.caution}>
                <strong>
                  <Translate id="public.facts.caution">Be careful:</Translate>
                </strong>{' '}
                {figure.caution}
              </p>
            )}
            <p className={styles.meta}>
              <Translate id="public.facts.source">Source:</Translate>{' '}
              {figure.source.url ? (
                <Link href={figure.source.url} lang={titleLanguage(figure.source.language)}>
                  {figure.source.title}
                </Link>
              ) : (
                <cite lang={titleLanguage(figure.source.language)}>{figure.source.title}</cite>
              )}
              . {figure.source.publisher}, {figure.source.year}. <CheckedDay day={figure.source.checked} />
            </p>
          </section>
        ))}
      </main>
    </Layout>
  );
}
