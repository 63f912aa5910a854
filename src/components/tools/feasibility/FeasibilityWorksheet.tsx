/**
 * The feasibility go/no-go worksheet: the group rates each criterion (ready, needs work, not ready)
 * with notes on the evidence, checks its break-even, sees the result its own rules give, and records
 * its decision and vote. The worksheet lives in the page address, so the link shares it; it prints
 * and downloads as CSV and DOCX. The rules and the math are in src/core/tools/feasibility*.ts.
 */
import Translate, { translate } from '@docusaurus/Translate';
import { acceptFeasibilityForm, defaultFeasibilityForm, MAX_TITLE_LENGTH, overallResult, type CriterionEntry, type FeasibilityForm } from '@site/src/core/tools/feasibility';
import type { CriterionKey } from '@site/src/core/tools/feasibility-criteria';
import { feasibilityCriteriaRows, feasibilityCsv, feasibilitySections } from '@site/src/core/tools/feasibility-export';
import { readBreakEven, readDecision } from '@site/src/core/tools/feasibility-form';
import { useId, useMemo, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import toolStyles from '../tools.module.css';
import DamagedLinkNotice from '../DamagedLinkNotice';
import { useToolFormats } from '../useToolFormats';
import { useToolState } from '../useToolState';
import BreakEvenCheck from './BreakEvenCheck';
import CriterionCard from './CriterionCard';
import DecisionRecord from './DecisionRecord';
import styles from './feasibility.module.css';
import OverallResult from './OverallResult';
import TextField from './TextField';
import { defaultTitle, labels, membersDecideText, rulesText } from './words';
import { FEASIBILITY_DATA } from './data';

/** A worksheet read from a link, checked against this page's criteria. */
const acceptFeasibilityData = (raw: unknown) => acceptFeasibilityForm(FEASIBILITY_DATA, raw);

export default function FeasibilityWorksheet(): ReactNode {
  const defaults = useMemo(() => defaultFeasibilityForm(FEASIBILITY_DATA), []);
  const [form, setForm, damagedLink] = useToolState<FeasibilityForm>(defaults, acceptFeasibilityData);
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = (key: string) => `feasibility-${prefix}-${key}`;

  const { money, number } = useToolFormats();

  const words = labels();
  const result = overallResult(form);
  const breakEven = readBreakEven(form.breakEven);
  const decision = readDecision(form.decision, result.outcome);
  const update = (change: Partial<FeasibilityForm>) => setForm({ ...form, ...change });
  const updateCriterion = (key: CriterionKey, change: Partial<CriterionEntry>) => update({ criteria: { ...form.criteria, [key]: { ...form.criteria[key], ...change } } });

  const title = form.title.trim() || defaultTitle();
  const csv = () => feasibilityCsv(FEASIBILITY_DATA, form, title, labels());
  const docx = async (): Promise<Blob> => {
    const { feasibilityDocx } = await import('@site/src/core/tools/feasibility-docx');
    const current = labels();
    const file = await feasibilityDocx({
      title,
      criteriaRows: feasibilityCriteriaRows(FEASIBILITY_DATA, form, current),
      sections: feasibilitySections(form, current),
      after: [
        translate({ id: 'tools.feasibility.rules.title', message: 'How the result is worked out' }),
        ...rulesText().map((rule, index) => `${index + 1}. ${rule}`),
        membersDecideText(),
      ],
      page: translate({ id: 'tools.feasibility.page', message: 'Page' }),
      of: translate({ id: 'tools.feasibility.of', message: 'of' }),
    });
    return file instanceof Blob ? file : new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  };

  return (
    <section className={`${toolStyles.tool} ${styles.worksheet}`} aria-labelledby={id('title')}>
      <h2 id={id('title')} className="margin-top--none">
        <Translate id="tools.feasibility.title">Feasibility go/no-go worksheet</Translate>
      </h2>
      {damagedLink && <DamagedLinkNotice />}
      <p className={styles.printTitle}>{title}</p>
      <div className={`${toolStyles.fields} ${styles.noPrint}`}>
        <TextField
          id={id('name')}
          label={translate({ id: 'tools.feasibility.name.label', message: 'Name of your group or co-op' })}
          hint={translate({ id: 'tools.feasibility.name.hint', message: 'It goes at the top of the print and the downloads.' })}
          maxLength={MAX_TITLE_LENGTH}
          value={form.title}
          onChange={(value) => update({ title: value })}
        />
      </div>
      <p className={styles.intro}>
        <Translate id="tools.feasibility.intro">
          For each criterion, write what must be true to go ahead, what the study found, and a rating. Mark the criteria that are must-haves for your group.
        </Translate>
      </p>
      {FEASIBILITY_DATA.criteria.map((info, index) => (
        <CriterionCard
          key={info.key}
          info={info}
          number={index + 1}
          entry={form.criteria[info.key]}
          ratingNames={words.ratings}
          id={id}
          onChange={(change) => updateCriterion(info.key, change)}
        >
          {info.key === 'pricing' && (
            <BreakEvenCheck
              form={form.breakEven}
              reading={breakEven}
              id={id}
              money={money}
              number={number}
              onChange={(change) => update({ breakEven: { ...form.breakEven, ...change } })}
            />
          )}
        </CriterionCard>
      ))}
      <OverallResult result={result} words={words} headingId={id('result-title')} />
      <DecisionRecord form={form.decision} reading={decision} words={words} id={id} onChange={(change) => update({ decision: { ...form.decision, ...change } })} />
      <ToolActions download={{ name: 'feasibility-worksheet', csv, docx }} />
    </section>
  );
}
