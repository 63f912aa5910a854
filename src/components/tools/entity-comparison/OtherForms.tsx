/** Forms a group may hear about that the table does not compare, with why; then the numbered list of sources. */
import Translate from '@docusaurus/Translate';
import type { Comparison } from '@site/src/core/tools/entity-comparison';
import type { ReactNode } from 'react';
import { useSourceMarks } from '../../locale';
import { SourceLinks } from './ComparisonTable';
import styles from './entity-comparison.module.css';

interface Props {
  comparison: Comparison;
  id: (key: string) => string;
}

export function OtherForms({ comparison, id }: Props): ReactNode {
  return (
    <section aria-labelledby={id('others')}>
      <h3 id={id('others')}>
        <Translate id="tools.entityComparison.others.title">Other forms you may hear about</Translate>
      </h3>
      <dl className={styles.others}>
        {comparison.others.map((other) => (
          <div key={other.id}>
            <dt>{other.name}</dt>
            <dd>
              {other.text} <SourceLinks numbers={other.sources} id={id} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function SourceList({ comparison, id }: Props): ReactNode {
  const marks = useSourceMarks();
  return (
    <section aria-labelledby={id('sources')}>
      <h3 id={id('sources')}>
        <Translate id="tools.entityComparison.sources.title">Sources</Translate>
      </h3>
      <p className={styles.sourceIntro}>
        <Translate id="tools.entityComparison.sources.intro">
          The notes say what in each source supports the points. A state law is one state's example: your state's law may differ.
        </Translate>
        {marks.note && (
          <>
            {' '}
            <Translate id="sources.notesInEnglish">The notes on these sources are in English.</Translate>
          </>
        )}
      </p>
      <ol className={styles.sources}>
        {comparison.sources.map(({ number, source }) => (
          <li key={number} id={id(`source-${number}`)} value={number} tabIndex={-1}>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" lang={marks.of(source)}>
                {source.title}
              </a>
            ) : (
              <span lang={marks.of(source)}>{source.title}</span>
            )}
            . <span lang={marks.of(source)}>{source.publisher}</span>, {source.year}.
            {source.note ? (
              <span className={styles.sourceNote} lang={marks.note}>
                {' '}
                {source.note}
              </span>
            ) : null}
            {source.url ? <span className={styles.printOnly}> {source.url}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
