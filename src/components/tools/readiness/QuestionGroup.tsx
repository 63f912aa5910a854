/** One question of the readiness self-assessment: a group of radio buttons with its explanation. */
import Translate from '@docusaurus/Translate';
import { type Answer, type ReadinessQuestion } from '@site/src/core/tools/readiness-model';
import type { ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import { READINESS_DATA } from './data';
import styles from './readiness.module.css';

interface Props {
  question: ReadinessQuestion;
  number: number;
  answer: Answer | undefined;
  /** The page-unique ID of an element. */
  id: (key: string) => string;
  onAnswer: (answer: Answer) => void;
}

export default function QuestionGroup({ question, number, answer, id, onAnswer }: Props): ReactNode {
  const name = id(`q-${question.id}`);
  const choices: Array<[Answer, string]> = [...question.options.map((option) => [option.points, option.label] as [Answer, string]), ['unsure', READINESS_DATA.unsure]];
  return (
    <fieldset className={styles.question} aria-describedby={id(`help-${question.id}`)} data-question={question.id}>
      <legend>
        <span className={styles.number}>{number}.</span> {question.text}
        {question.key && (
          <span className={styles.key}>
            {' '}
            <Translate id="tools.readiness.keyQuestion">(key question)</Translate>
          </span>
        )}
      </legend>
      <p id={id(`help-${question.id}`)} className={toolStyles.hint}>
        {question.help}
      </p>
      <div className={styles.choices}>
        {choices.map(([value, label]) => (
          <label key={String(value)} className={value === 'unsure' ? `${styles.choice} ${styles.unsure}` : styles.choice}>
            <input type="radio" name={name} value={String(value)} checked={answer === value} onChange={() => onAnswer(value)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
