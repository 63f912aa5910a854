import Link from '@site/src/components/PageLink';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { Comparison as ComparisonData, ComparedStandard } from '@site/src/core/releases/compare-view';
import { CHANGE_KINDS } from '@site/src/core/releases/diff';
import type { ReactNode } from 'react';
import { labelOf } from '@site/src/core/vocabulary';
import { useVocabulary } from '../locale';
import styles from './releases.module.css';

/** Every standard added, changed, moved or retired between two releases, grouped by kind. */
export default function Comparison({ comparison }: { comparison: ComparisonData }): ReactNode {
  const { from, to, counts, standards } = comparison;
  const words = useVocabulary();
  return (
    <>
      <ul className={styles.counts} data-testid="change-counts">
        {CHANGE_KINDS.map((kind) => (
          <li key={kind}>
            {words.change[kind]}: <strong>{counts[kind]}</strong>
          </li>
        ))}
      </ul>
      {standards.length === 0 && (
        <p>
          <Translate id="releases.noChanges">No standard changed between these releases.</Translate>
        </p>
      )}
      {CHANGE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
        <section key={kind}>
          <Heading as="h2" id={`${kind}-standards`}>
            {words.change[kind]} ({counts[kind]})
          </Heading>
          {standards
            .filter((standard) => standard.change === kind)
            .map((standard) => (
              <ChangedStandard key={standard.id} standard={standard} from={from?.version} to={to.version} />
            ))}
        </section>
      ))}
    </>
  );
}

function ChangedStandard({ standard, from, to }: { standard: ComparedStandard; from?: string; to: string }): ReactNode {
  const words = useVocabulary();
  return (
    <article className={styles.change} data-testid={`change-${standard.id}`} data-change={standard.change}>
      <Heading as="h3" id={standard.id}>
        <span className={styles.kind}>{words.change[standard.change]}</span>
        {standard.id} {standard.title}
      </Heading>
      {standard.notes.map((note) => (
        <p key={note.version}>
          <strong>{note.version}:</strong> <span lang={note.language}>{note.note}</span>
        </p>
      ))}
      <p>
        {standard.beforePermalink && from && (
          <>
            <Link to={standard.beforePermalink}>
              <Translate id="releases.readIn" values={{ version: from }}>
                {'Read it in {version}'}
              </Translate>
            </Link>
            {' · '}
          </>
        )}
        <Link to={standard.afterPermalink}>
          <Translate id="releases.readIn" values={{ version: to }}>
            {'Read it in {version}'}
          </Translate>
        </Link>
      </p>
      {standard.successors.length > 0 && (
        <ul>
          {standard.successors.map((successor) => (
            <li key={successor.id}>
              {labelOf(words, 'relation', successor.relation)} <Link to={successor.permalink}>{successor.id}</Link>
            </li>
          ))}
        </ul>
      )}
      {standard.diffs.map((diff) => (
        <div key={diff.field}>
          <Heading as="h4">{labelOf(words, 'field', diff.field)}</Heading>
          <div className={styles.diff} data-testid={`diff-${standard.id}-${diff.field}`}>
            {diff.blocks.map((block, index) =>
              block.kind === 'unchanged' ? (
                <p key={index} className={styles.unchanged}>
                  <Translate id="releases.unchangedLines" values={{ count: block.lines }}>
                    {'({count} unchanged)'}
                  </Translate>
                </p>
              ) : (
                <p key={index}>
                  {block.parts.map((part, at) =>
                    part.kind === 'added' ? <ins key={at}>{part.text}</ins> : part.kind === 'removed' ? <del key={at}>{part.text}</del> : <span key={at}>{part.text}</span>,
                  )}
                </p>
              ),
            )}
          </div>
        </div>
      ))}
      {standard.fields.length > 0 && (
        <dl className={styles.fields}>
          {standard.fields.map((field) => (
            <div key={field.field} style={{ display: 'contents' }}>
              <dt>{labelOf(words, 'field', field.field)}</dt>
              <dd>
                <del lang={field.lang}>{field.before}</del> → <ins lang={field.lang}>{field.after}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
