import { formatFigureNumber } from '@site/src/core/public/figure-format';
import type { FigureView } from '@site/src/core/public/figures-view';
import type { ReactNode } from 'react';
import { useLanguage } from '../locale';
import styles from './public.module.css';

/**
 * The parts of a figure as a bar chart drawn with the page's own markup: each bar is a list item
 * whose label and value are text, so the chart reads the same to a screen reader as a table would.
 */
export default function BarChart({ figure }: { figure: FigureView }): ReactNode {
  const language = useLanguage();
  const largest = Math.max(...figure.breakdown.map((part) => part.value), 1);
  return (
    <ul className={styles.chart} aria-label={figure.label} data-testid={`chart-${figure.id}`}>
      {figure.breakdown.map((part) => (
        <li key={part.label} className={styles.bar}>
          <span>{part.label}</span>
          <span className={styles.barTrack}>
            <span className={styles.barFill} style={{ width: `${(part.value / largest) * 75}%` }} aria-hidden="true" />
            <span>{formatFigureNumber(part.value, figure.unit, language)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
