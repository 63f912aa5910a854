/**
 * The points that bear on each priority the group chose, gathered from the table. A reminder that the
 * group decides comes with them: the tool points, it does not pick.
 */
import Translate from '@docusaurus/Translate';
import { LEGAL_FORMS, PRIORITY_NAMES, TOPIC_NAMES, type Comparison, type ComparisonLanguage } from '@site/src/core/tools/entity-comparison';
import type { ReactNode } from 'react';
import styles from './entity-comparison.module.css';
import { noPointsFor } from './words';

interface Props {
  highlights: Comparison['highlights'];
  language: ComparisonLanguage;
  id: (key: string) => string;
}

export default function Highlights({ highlights, language, id }: Props): ReactNode {
  if (highlights.length === 0) return null;
  return (
    <section className={styles.highlights} aria-labelledby={id('highlights')} data-testid="entity-comparison-highlights">
      <h3 id={id('highlights')}>
        <Translate id="tools.entityComparison.highlights.title">Points that bear on what matters to your group</Translate>
      </h3>
      <p>
        <Translate id="tools.entityComparison.highlights.intro">
          These points come from the table below, where they are marked with a star. They do not add up to an answer. Talk them over as a group, with a lawyer and an accountant who know co-ops.
        </Translate>
      </p>
      {highlights.map(({ priority, points }) => (
        <div key={priority} className={styles.priority}>
          <h4>{PRIORITY_NAMES[priority][language]}</h4>
          {points.length === 0 ? (
            <p>{noPointsFor()}</p>
          ) : (
            <ul>
              {points.map((point) => (
                <li key={`${point.form}-${point.text}`}>
                  <strong>
                    {LEGAL_FORMS[point.form].name[language]} · {TOPIC_NAMES[point.topic][language]}:
                  </strong>{' '}
                  {point.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
