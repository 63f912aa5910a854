/** The record of the group's decision: go, no-go or revisit by a date, the meeting, who was there, the vote and next steps. */
import Translate, { translate } from '@docusaurus/Translate';
import { CHOICES, MAX_NOTE_LENGTH, MAX_PRESENT_LENGTH, MAX_SHORT_TEXT, type Choice, type DecisionForm } from '@site/src/core/tools/feasibility';
import type { FeasibilityLabels } from '@site/src/core/tools/feasibility-export';
import { presentNames, type DecisionField, type DecisionReading } from '@site/src/core/tools/feasibility-form';
import type { ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import styles from './feasibility.module.css';
import { cautionText, errorText } from './messages';
import TextField from './TextField';

interface Props {
  form: DecisionForm;
  reading: DecisionReading;
  words: FeasibilityLabels;
  id: (key: string) => string;
  onChange: (change: Partial<DecisionForm>) => void;
}

export default function DecisionRecord({ form, reading, words, id, onChange }: Props): ReactNode {
  const text = words.decision;
  const error = (field: DecisionField) => {
    const code = reading.errors[field];
    return code ? errorText(code) : undefined;
  };
  const votesError = reading.errors.votes;
  const votesErrorId = id('votes-error');
  const voteField = (field: 'votesFor' | 'votesAgainst' | 'votesAbstain') => (
    <TextField
      id={id(field)}
      label={text[field]}
      inputMode="numeric"
      maxLength={MAX_SHORT_TEXT}
      value={form[field]}
      error={error(field)}
      invalid={votesError !== undefined}
      describedBy={votesError ? votesErrorId : undefined}
      onChange={(value) => onChange({ [field]: value })}
    />
  );
  return (
    <section className={styles.decision} aria-labelledby={id('decision-title')}>
      <h3 id={id('decision-title')}>{words.sections.decision}</h3>
      <fieldset className={styles.choices}>
        <legend>{text.choice}</legend>
        {CHOICES.map((choice: Choice) => (
          <label key={choice} className={styles.choice}>
            <input type="radio" name={id('choice')} value={choice} checked={form.choice === choice} onChange={() => onChange({ choice })} /> {words.choices[choice]}
          </label>
        ))}
      </fieldset>
      <div className={toolStyles.fields}>
        <TextField
          id={id('meeting')}
          kind="date"
          label={text.meetingDate}
          value={form.meetingDate}
          error={error('meetingDate')}
          onChange={(meetingDate) => onChange({ meetingDate })}
        />
        {form.choice === 'revisit' && (
          <TextField
            id={id('revisit')}
            kind="date"
            label={text.revisitDate}
            hint={translate({ id: 'tools.feasibility.decision.revisitDate.hint', message: 'The date by which the group will meet and decide again.' })}
            value={form.revisitDate}
            error={error('revisitDate')}
            onChange={(revisitDate) => onChange({ revisitDate })}
          />
        )}
      </div>
      <TextField
        id={id('present')}
        kind="textarea"
        rows={4}
        maxLength={MAX_PRESENT_LENGTH}
        label={text.present}
        hint={translate({ id: 'tools.feasibility.decision.present.hint', message: 'One name on each line. The count: {count}.' }, { count: presentNames(form.present).length })}
        value={form.present}
        onChange={(present) => onChange({ present })}
      />
      <fieldset className={styles.votes} aria-describedby={votesError ? votesErrorId : undefined}>
        <legend>
          <Translate id="tools.feasibility.decision.vote">The vote</Translate>
        </legend>
        <div className={toolStyles.fields}>
          {voteField('votesFor')}
          {voteField('votesAgainst')}
          {voteField('votesAbstain')}
        </div>
        {votesError && (
          <span id={votesErrorId} className={toolStyles.error} role="alert">
            {errorText(votesError, { votes: reading.votes ? reading.votes.for + reading.votes.against + reading.votes.abstain : 0, present: presentNames(form.present).length })}
          </span>
        )}
      </fieldset>
      <TextField
        id={id('conditions')}
        kind="textarea"
        rows={4}
        maxLength={MAX_NOTE_LENGTH}
        label={text.conditions}
        hint={translate({
          id: 'tools.feasibility.decision.conditions.hint',
          message: 'Who does what, by when. If the group stops, say what happens to money raised and work done.',
        })}
        value={form.conditions}
        onChange={(conditions) => onChange({ conditions })}
      />
      <div aria-live="polite">
        {reading.cautions.map((caution) => (
          <p key={caution} className={styles.caution} data-caution={caution}>
            <span aria-hidden="true">⚠ </span>
            {cautionText(caution)}
          </p>
        ))}
      </div>
    </section>
  );
}
