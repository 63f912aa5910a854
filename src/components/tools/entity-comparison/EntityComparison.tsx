/**
 * The entity choice comparison: the reader picks the legal forms and topics to compare and what
 * matters most to their group; the table shows the facts side by side, with sources, and marks the
 * points that bear on those priorities. It never ranks the forms or picks one. The choices live in
 * the page address, so the link shares them; the table prints and downloads as CSV.
 */
import Translate from '@docusaurus/Translate';
import {
  acceptChoices,
  buildComparison,
  choiceProblems,
  comparisonCsv,
  DEFAULT_CHOICES,
  FORM_IDS,
  PRIORITY_IDS,
  TOPIC_IDS,
  toggleChoice,
  type ComparisonChoices,
} from '@site/src/core/tools/entity-comparison';
import { useId, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import toolStyles from '../tools.module.css';
import DamagedLinkNotice from '../DamagedLinkNotice';
import { useToolState } from '../useToolState';
import ChoiceGroup from './ChoiceGroup';
import ComparisonTable from './ComparisonTable';
import Highlights from './Highlights';
import { OtherForms, SourceList } from './OtherForms';
import styles from './entity-comparison.module.css';
import { csvLabels, groupWords } from './words';
import { COMPARISON_DATA } from './data';

export default function EntityComparison(): ReactNode {
  const [choices, setChoices, damagedLink] = useToolState<ComparisonChoices>(DEFAULT_CHOICES, acceptChoices);
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = (key: string) => `entity-${prefix}-${key}`;

  const problems = choiceProblems(choices);
  const ready = !problems.forms && !problems.topics;
  const comparison = buildComparison(choices, COMPARISON_DATA);
  const forms = groupWords.forms();
  const topics = groupWords.topics();
  const priorities = groupWords.priorities();
  const names = <T extends string>(all: readonly T[], name: (item: T) => string) => all.map((item) => [item, name(item)] as const);

  return (
    <section className={`${toolStyles.tool} ${styles.tool}`} aria-labelledby={id('title')}>
      <h2 id={id('title')} className="margin-top--none">
        <Translate id="tools.entityComparison.title">Compare legal forms for your co-op</Translate>
      </h2>
      {damagedLink && <DamagedLinkNotice />}

      <div className={`alert alert--warning ${styles.caution}`} role="note" data-testid="entity-comparison-caution">
        <strong>
          <Translate id="tools.entityComparison.caution.title">Not legal or tax advice. The law varies by state.</Translate>
        </strong>{' '}
        {COMPARISON_DATA.caution}
      </div>

      <div className={styles.choices}>
        <ChoiceGroup
          id={id('forms')}
          legend={forms.legend}
          hint={forms.hint}
          error={problems.forms ? forms.error : undefined}
          options={names(FORM_IDS, (form) => COMPARISON_DATA.forms[form].name)}
          chosen={choices.forms}
          onChange={(form, on) => setChoices({ ...choices, forms: toggleChoice(FORM_IDS, choices.forms, form, on) })}
        />
        <ChoiceGroup
          id={id('topics')}
          legend={topics.legend}
          hint={topics.hint}
          error={problems.topics ? topics.error : undefined}
          options={names(TOPIC_IDS, (topic) => COMPARISON_DATA.topicNames[topic])}
          chosen={choices.topics}
          onChange={(topic, on) => setChoices({ ...choices, topics: toggleChoice(TOPIC_IDS, choices.topics, topic, on) })}
        />
        <ChoiceGroup
          id={id('priorities')}
          legend={priorities.legend}
          hint={priorities.hint}
          options={names(PRIORITY_IDS, (priority) => COMPARISON_DATA.priorityNames[priority])}
          chosen={choices.priorities}
          onChange={(priority, on) => setChoices({ ...choices, priorities: toggleChoice(PRIORITY_IDS, choices.priorities, priority, on) })}
        />
      </div>

      <p className={styles.printOnly}>
        <Translate
          id="tools.entityComparison.printedChoices"
          values={{ priorities: choices.priorities.map((priority) => COMPARISON_DATA.priorityNames[priority]).join('; ') || '—' }}
        >
          {'What matters most to the group: {priorities}'}
        </Translate>
      </p>

      {ready && (
        <>
          <dl className={styles.descriptions}>
            {choices.forms.map((form) => (
              <div key={form}>
                <dt>{COMPARISON_DATA.forms[form].name}</dt>
                <dd>{COMPARISON_DATA.forms[form].description}</dd>
              </div>
            ))}
          </dl>
          <Highlights highlights={comparison.highlights} id={id} />
          <ComparisonTable comparison={comparison} id={id} />
        </>
      )}

      <OtherForms comparison={comparison} id={id} />
      <SourceList comparison={comparison} id={id} />

      {ready ? <ToolActions download={{ name: 'entity-comparison', csv: () => comparisonCsv(choices, COMPARISON_DATA, csvLabels()) }} /> : <ToolActions />}
    </section>
  );
}
