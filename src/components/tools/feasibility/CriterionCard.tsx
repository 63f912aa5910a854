/** One criterion of the worksheet: its question, the standards and lessons behind it, the rating and the notes. */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { MAX_NOTE_LENGTH, RATINGS, type CriterionEntry, type Rating } from '@site/src/core/tools/feasibility';
import type { CriterionInfo } from '@site/src/core/tools/feasibility-criteria';
import type { ReactNode } from 'react';
import { lessonTitle } from './lesson-titles';
import toolStyles from '../tools.module.css';
import styles from './feasibility.module.css';
import TextField from './TextField';

/** The order of the choices: the three ratings, then "not rated yet". */
const RATING_ORDER: readonly Rating[] = [...RATINGS.filter((rating) => rating !== 'unrated'), 'unrated'];
const SYMBOLS: Record<Rating, string> = { ready: '✓', 'needs-work': '!', 'not-ready': '✕', unrated: '·' };

interface Props {
  info: CriterionInfo;
  number: number;
  entry: CriterionEntry;
  ratingNames: Record<Rating, string>;
  /** The page-unique ID of a field. */
  id: (key: string) => string;
  onChange: (change: Partial<CriterionEntry>) => void;
  /** More fields under the notes, such as the break-even check. */
  children?: ReactNode;
}

export default function CriterionCard({ info, number, entry, ratingNames, id, onChange, children }: Props): ReactNode {
  const { name, question } = info;
  const field = (key: string) => id(`${info.key}-${key}`);
  // Screen readers hear "Rating: Market demand…"; the eye sees "Rating" under the criterion's heading.
  const withName = (visible: string) => (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className={toolStyles.visuallyHidden}>{`${visible}: ${name}`}</span>
    </>
  );
  return (
    <section className={styles.criterion} data-rating={entry.rating} aria-labelledby={field('name')}>
      <div className={styles.criterionHead}>
        <h3 id={field('name')} className={styles.criterionName}>
          {number}. {name}
        </h3>
        <span className={styles.badge} data-rating={entry.rating} aria-hidden="true">
          {SYMBOLS[entry.rating]} {ratingNames[entry.rating]}
          {entry.mustHave && ` · ${translate({ id: 'tools.feasibility.mustHave.tag', message: 'Must-have' })}`}
        </span>
      </div>
      <p className={styles.question}>{question}</p>
      <p className={styles.links}>
        <Translate id="tools.feasibility.standardsLabel">Standards:</Translate>{' '}
        {info.standards.map((standard, index) => (
          <span key={standard}>
            {index > 0 && ', '}
            <Link to={`/standards/${standard}`}>{standard}</Link>
          </span>
        ))}
        <span className={styles.separator} aria-hidden="true">
          {' · '}
        </span>{' '}
        <Translate id="tools.feasibility.lessonsLabel">Learn more:</Translate>{' '}
        {info.lessons.map((lesson, index) => (
          <span key={lesson}>
            {index > 0 && ', '}
            <Link to={`/curricula/${lesson}`}>{lessonTitle(lesson)}</Link>
          </span>
        ))}
      </p>
      <fieldset className={`${styles.ratings} ${styles.noPrint}`}>
        <legend>{withName(translate({ id: 'tools.feasibility.ratingLegend', message: 'Rating' }))}</legend>
        {RATING_ORDER.map((rating) => (
          <label key={rating} className={styles.rating} data-rating={rating}>
            <input type="radio" name={field('rating')} value={rating} checked={entry.rating === rating} onChange={() => onChange({ rating })} />
            <span aria-hidden="true" className={styles.symbol}>
              {SYMBOLS[rating]}
            </span>{' '}
            {ratingNames[rating]}
          </label>
        ))}
      </fieldset>
      <div className={`${styles.mustHave} ${styles.noPrint}`}>
        <input id={field('must')} type="checkbox" checked={entry.mustHave} onChange={(event) => onChange({ mustHave: event.target.checked })} />
        <label htmlFor={field('must')}>{withName(translate({ id: 'tools.feasibility.mustHave.label', message: 'Must-have: "Not ready" here means "Not yet"' }))}</label>
      </div>
      <div className={styles.notes}>
        <TextField
          id={field('bar')}
          kind="textarea"
          maxLength={MAX_NOTE_LENGTH}
          label={withName(translate({ id: 'tools.feasibility.bar.label', message: 'What must be true to go ahead' }))}
          hint={translate({ id: 'tools.feasibility.bar.hint', message: 'Agree on this before the results are in.' })}
          value={entry.bar}
          onChange={(bar) => onChange({ bar })}
        />
        <TextField
          id={field('evidence')}
          kind="textarea"
          maxLength={MAX_NOTE_LENGTH}
          label={withName(translate({ id: 'tools.feasibility.evidence.label', message: 'What the study found' }))}
          hint={translate({ id: 'tools.feasibility.evidence.hint', message: 'The evidence behind the rating: facts, numbers, documents.' })}
          value={entry.evidence}
          onChange={(evidence) => onChange({ evidence })}
        />
      </div>
      {children}
    </section>
  );
}
