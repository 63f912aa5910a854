/**
 * The facts of a standard that depend on a date (a change in the law to come, a rule that ends, a rule
 * not yet final), shown near the top of its page with the day each was checked and is due for review.
 */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { DatedFactView } from '@site/src/core/dated-facts-view';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { useLanguage } from '../locale';
import WrittenDay from '../dates/WrittenDay';
import CheckedDay from './CheckedDay';
import styles from './standards.module.css';

/** When the fact applies, in words: "In effect from March 1, 2026", "Ends on …", "Pending". */
export function FactWhen({ fact }: { fact: Pick<DatedFactView, 'kind' | 'date'> }): ReactNode {
  if (fact.kind === 'pending' || !fact.date) {
    return fact.date ? (
      <Translate id="standards.datedFacts.pendingOn" values={{ date: <WrittenDay day={fact.date} /> }}>
        {'Pending; expected {date}'}
      </Translate>
    ) : (
      <Translate id="standards.datedFacts.pending">Pending</Translate>
    );
  }
  return fact.kind === 'ends' ? (
    <Translate id="standards.datedFacts.ends" values={{ date: <WrittenDay day={fact.date} /> }}>
      {'Ends on {date}'}
    </Translate>
  ) : (
    <Translate id="standards.datedFacts.takesEffect" values={{ date: <WrittenDay day={fact.date} /> }}>
      {'In effect from {date}'}
    </Translate>
  );
}

/** Where the fact comes from, when that source was checked, and when the fact is due for review. */
export function FactUpkeep({ fact }: { fact: DatedFactView }): ReactNode {
  return (
    <span className={styles.factUpkeep}>
      <Translate id="standards.datedFacts.source" values={{ source: <Link href={fact.source.url}>{fact.source.title}</Link> }}>
        {'Source: {source}.'}
      </Translate>{' '}
      {fact.source.checked && (
        <>
          <CheckedDay day={fact.source.checked} />{' '}
        </>
      )}
      <Translate id="standards.datedFacts.reviewBy" values={{ date: <WrittenDay day={fact.reviewBy} /> }}>
        {'Next review by {date}.'}
      </Translate>
    </span>
  );
}

/** The fact in the page's language, or in English, marked as English and said to be so. */
export function FactText({ fact, language }: { fact: Pick<DatedFactView, 'fact' | 'textLanguage'>; language: string }): ReactNode {
  if (fact.textLanguage === language) return <span>{fact.fact}</span>;
  return (
    <>
      <span lang={fact.textLanguage}>{fact.fact}</span>{' '}
      <span className={styles.factUpkeep}>
        (<Translate id="standards.datedFacts.inEnglish">not yet translated; shown in English</Translate>)
      </span>
    </>
  );
}

export default function DatedFacts({ facts, allChangesPermalink }: { facts: readonly DatedFactView[]; allChangesPermalink?: string }): ReactNode {
  const language = useLanguage();
  if (facts.length === 0) return null;
  return (
    <aside className={`alert alert--info ${styles.datedFacts}`} aria-labelledby="dates-to-watch" data-testid="dated-facts">
      <Heading as="h2" id="dates-to-watch" className={styles.datedFactsHeading}>
        {translate({ id: 'standards.datedFacts.heading', message: 'Dates to watch' })}
      </Heading>
      <ul>
        {facts.map((fact, index) => (
          <li key={index}>
            <strong>
              <FactWhen fact={fact} />
            </strong>
            {': '}
            <FactText fact={fact} language={language} /> <FactUpkeep fact={fact} />
          </li>
        ))}
      </ul>
      {allChangesPermalink && (
        <p className={styles.factUpkeep}>
          <Link to={allChangesPermalink}>
            <Translate id="standards.datedFacts.all">Every coming change in the law that the standards follow</Translate>
          </Link>
        </p>
      )}
    </aside>
  );
}
