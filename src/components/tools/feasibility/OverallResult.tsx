/** The overall result of the ratings, the criteria behind it, and the rules that produce it. */
import Translate from '@docusaurus/Translate';
import type { OverallResult as Result } from '@site/src/core/tools/feasibility';
import type { CriterionKey } from '@site/src/core/tools/feasibility-criteria';
import type { FeasibilityLabels } from '@site/src/core/tools/feasibility-export';
import type { ReactNode } from 'react';
import styles from './feasibility.module.css';
import { membersDecideText, outcomeText, rulesText } from './words';

const SYMBOLS: Record<Result['outcome'], string> = { 'not-yet': '✕', incomplete: '·', 'with-conditions': '!', ready: '✓' };

export default function OverallResult({ result, words, headingId }: { result: Result; words: FeasibilityLabels; headingId: string }): ReactNode {
  const lists: Array<[string, CriterionKey[]]> = [
    [words.result.mustHaveNotReady, result.mustHaveNotReady],
    [words.result.notReady, result.notReady],
    [words.result.needsWork, result.needsWork],
    [words.result.unrated, result.unrated],
  ];
  return (
    <section className={styles.result} aria-labelledby={headingId}>
      <h3 id={headingId}>{words.sections.result}</h3>
      <div className={styles.outcome} data-outcome={result.outcome} aria-live="polite" data-testid="feasibility-outcome">
        <p className={styles.outcomeName}>
          <span aria-hidden="true">{SYMBOLS[result.outcome]} </span>
          {words.outcomes[result.outcome]}
        </p>
        <p className="margin-bottom--sm">{outcomeText(result.outcome)}</p>
        <dl className={styles.outcomeLists}>
          {lists
            .filter(([, keys]) => keys.length > 0)
            .map(([label, keys]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{keys.map((key) => words.criteria[key]).join('; ')}</dd>
              </div>
            ))}
        </dl>
      </div>
      <h4 className={styles.rulesTitle}>
        <Translate id="tools.feasibility.rules.title">How the result is worked out</Translate>
      </h4>
      <ol className={styles.rules}>
        {rulesText().map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ol>
      <p className={styles.membersDecide}>{membersDecideText()}</p>
    </section>
  );
}
