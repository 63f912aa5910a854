/**
 * The points that bear on each priority the group chose, gathered from the table. A reminder that the
 * group decides comes with them: the tool points, it does not pick.
 */
import Translate from '@docusaurus/Translate';
import { type Comparison } from '@site/src/core/tools/entity-comparison';
import type { ReactNode } from 'react';
import styles from './entity-comparison.module.css';
import { noPointsFor } from './words';
import { COMPARISON_DATA } from './data';

interface Props {
  highlights: Comparison['highlights'];
  id: (key: string) => string;
}

export default function Highlights({ highlights, id }: Props): ReactNode {
  if (highlights.length === 0) return null;
  return (
    <section className={styles.highlights} aria-labelledby={id('highlights')} data-testid="entity-comparison-highlights">
      <h3 id={id('highlights')}>
        <Translate id="tools.entityComparison.highlights.title">Points that bear on what matters to your group</Translate>
      </h3>
      <p>
        <Translate id="tools.entityComparison.highlights.intro">
          These points come from the table below, where they are marked with a star. They do not add up to an answer. Talk them over as a group, with a lawyer and an accountant who
          know co-ops.
        </Translate>
      </p>
      {highlights.map(({ priority, points }) => (
        <div key={priority} className={styles.priority}>
          <h4>{COMPARISON_DATA.priorityNames[priority]}</h4>
          {points.length === 0 ? (
            <p>{noPointsFor()}</p>
          ) : (
            <ul>
              {points.map((point) => (
                <li key={`${point.form}-${point.text}`}>
                  <strong>
                    {COMPARISON_DATA.forms[point.form].name} · {COMPARISON_DATA.topicNames[point.topic]}:
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
