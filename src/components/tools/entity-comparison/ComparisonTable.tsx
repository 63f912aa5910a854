/**
 * The comparison: one row per topic, one column per legal form. Each cell gives a summary and the
 * points behind it, each with links to its numbered sources; a point that bears on a chosen priority
 * is marked in words, not by color alone. On a narrow screen each cell becomes a card with its form's name.
 */
import Translate from '@docusaurus/Translate';
import { type Comparison, type ShownPoint } from '@site/src/core/tools/entity-comparison';
import type { ReactNode } from 'react';
import styles from './entity-comparison.module.css';
import { mattersFor, sourceLabel } from './words';
import { COMPARISON_DATA } from './data';

interface Props {
  comparison: Comparison;
  /** The page-unique ID of an element. */
  id: (key: string) => string;
}

export function SourceLinks({ numbers, id }: { numbers: readonly number[]; id: Props['id'] }): ReactNode {
  return (
    <span className={styles.refs}>
      {numbers.map((number) => (
        <a key={number} href={`#${id(`source-${number}`)}`} aria-label={sourceLabel(number)}>
          [{number}]
        </a>
      ))}
    </span>
  );
}

function Point({ point, id }: { point: ShownPoint; id: Props['id'] }): ReactNode {
  const marked = point.bears.length > 0;
  return (
    <li className={marked ? styles.marked : undefined} data-marked={marked ? 'true' : undefined}>
      {marked && (
        <strong className={styles.mattersFor}>
          <span aria-hidden="true">★ </span>
          {mattersFor(point.bears.map((priority) => COMPARISON_DATA.priorityNames[priority]).join('; '))}
        </strong>
      )}
      {point.text} <SourceLinks numbers={point.sources} id={id} />
    </li>
  );
}

export default function ComparisonTable({ comparison, id }: Props): ReactNode {
  const forms = comparison.rows[0]?.cells.map((cell) => cell.form) ?? [];
  return (
    <div className={styles.frame}>
      <table className={styles.table} data-testid="entity-comparison-table">
        <caption className={styles.caption}>
          <Translate id="tools.entityComparison.caption">Legal forms for a worker co-op, side by side</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="tools.entityComparison.column.topic">Topic</Translate>
            </th>
            {forms.map((form) => (
              <th key={form} scope="col">
                {COMPARISON_DATA.forms[form].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.topic}>
              <th scope="row">{COMPARISON_DATA.topicNames[row.topic]}</th>
              {row.cells.map((cell) => (
                <td key={cell.form}>
                  <span className={styles.cellForm} aria-hidden="true">
                    {COMPARISON_DATA.forms[cell.form].name}
                  </span>
                  <p className={styles.summary}>{cell.summary}</p>
                  <ul className={styles.points}>
                    {cell.points.map((point) => (
                      <Point key={point.text} point={point} id={id} />
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
