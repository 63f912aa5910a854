/**
 * The patronage and capital account calculator: a year's net margin, the collective reserve, each
 * member's allocation by hours, wages or both, the cash and retained parts, and a ledger of the members'
 * capital accounts over several years. The inputs live in the page address, so the link shares them.
 */
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { PatronageBasis } from '@site/src/core/tools/patronage';
import { patronageCsv, type PatronageCsvLabels } from '@site/src/core/tools/patronage-csv';
import { projectLedger } from '@site/src/core/tools/patronage-ledger';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import toolStyles from '../tools.module.css';
import { useToolState } from '../useToolState';
import Field from './Field';
import { acceptState, DEFAULT_STATE, EMPTY_MEMBER, MAX_MEMBERS, MAX_YEARS, parseState, type CalculatorState, type FieldKey, type FieldProblem, type MemberRow } from './form-state';
import { LedgerTable, MemberResults, ResultSummary, warningText, type Formats } from './Results';
import styles from './patronage.module.css';

function useFormats(): Formats {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return useMemo(() => {
    const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return { money: (cents) => currency.format(cents / 100), percent: (value) => percent.format(value / 100), number: (value) => number.format(value) };
  }, [locale]);
}

function problemText(problem: FieldProblem | undefined): string | undefined {
  switch (problem) {
    case undefined:
      return undefined;
    case 'number':
      return translate({ id: 'tools.patronage.error.number', message: 'Enter an amount in dollars, like 100000. Use a minus sign for a loss.' });
    case 'percent':
      return translate({ id: 'tools.patronage.error.percent', message: 'Enter a percent from 0 to 100.' });
    case 'positive':
      return translate({ id: 'tools.patronage.error.positive', message: 'Enter 0 or a larger number, like 1500.' });
    case 'years':
      return translate({ id: 'tools.patronage.error.years', message: 'Enter a whole number of years from 0 to 30.' });
  }
}

const memberName = (index: number) => translate({ id: 'tools.patronage.member.blank', message: 'Member {number}' }, { number: index + 1 });
const yearLabel = (index: number) => translate({ id: 'tools.patronage.ledger.yearLabel', message: 'Year {number}' }, { number: index + 1 });

function csvLabels(): PatronageCsvLabels {
  return {
    member: translate({ id: 'tools.patronage.column.member', message: 'Member' }),
    hours: translate({ id: 'tools.patronage.column.hours', message: 'Hours' }),
    wages: translate({ id: 'tools.patronage.column.wages', message: 'Wages ($)' }),
    share: translate({ id: 'tools.patronage.csv.share', message: 'Share (%)' }),
    allocation: translate({ id: 'tools.patronage.column.allocation', message: 'Allocation' }),
    cash: translate({ id: 'tools.patronage.column.cash', message: 'Cash' }),
    retained: translate({ id: 'tools.patronage.column.retained', message: 'Retained' }),
    total: translate({ id: 'tools.patronage.column.total', message: 'Total' }),
    netMargin: translate({ id: 'tools.patronage.result.netMargin', message: 'Net margin' }),
    reserve: translate({ id: 'tools.patronage.result.reserve', message: 'To the collective reserve' }),
    allocated: translate({ id: 'tools.patronage.result.allocated', message: 'Allocated to members' }),
    year: translate({ id: 'tools.patronage.column.year', message: 'Year' }),
    opening: translate({ id: 'tools.patronage.column.opening', message: 'Opening balance' }),
    redeemed: translate({ id: 'tools.patronage.column.redeemed', message: 'Paid out' }),
    closing: translate({ id: 'tools.patronage.column.closing', message: 'Closing balance' }),
  };
}

export default function PatronageCalculator(): ReactNode {
  const [state, setState] = useToolState<CalculatorState>(DEFAULT_STATE, acceptState);
  const formats = useFormats();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = (key: string) => `patronage-${prefix}-${key.replace(/\./g, '-')}`;
  const addMemberButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | undefined>();

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const parsed = useMemo(() => parseState(state, memberName), [state]);
  const error = (key: FieldKey) => problemText(parsed.problems[key]);
  const update = (change: Partial<CalculatorState>) => setState({ ...state, ...change });
  const updateMember = (index: number, change: Partial<MemberRow>) => update({ members: state.members.map((member, at) => (at === index ? { ...member, ...change } : member)) });

  const computed = useMemo(() => {
    if (!parsed.input) return undefined;
    const years = [{ label: yearLabel(0), netMargin: parsed.input.netMargin }, ...parsed.yearMargins.map((netMargin, index) => ({ label: yearLabel(index + 1), netMargin }))];
    const { results, ledger } = projectLedger(parsed.input, years, parsed.opening, parsed.revolving);
    return { result: results[0]!, ledger, lossYears: years.filter((_, index) => results[index]!.netMargin < 0).map((year) => year.label) };
  }, [parsed]);

  const labelOf = (key: FieldKey): string => {
    const [group, index, field] = key.split('.');
    const n = Number(index) + 1;
    if (group === 'members') {
      if (field === 'hours') return translate({ id: 'tools.patronage.member.hoursLabel', message: 'Hours of member {number}' }, { number: n });
      if (field === 'wages') return translate({ id: 'tools.patronage.member.wagesLabel', message: 'Wages of member {number}' }, { number: n });
      return translate({ id: 'tools.patronage.member.openingLabel', message: 'Starting balance of member {number}' }, { number: n });
    }
    if (group === 'years') return translate({ id: 'tools.patronage.ledger.marginLabel', message: 'Net margin in year {number}' }, { number: n + 1 });
    return {
      margin: translate({ id: 'tools.patronage.margin.label', message: 'Net margin for the year ($)' }),
      reserve: translate({ id: 'tools.patronage.reserve.label', message: 'Share to the collective reserve (%)' }),
      weight: translate({ id: 'tools.patronage.weight.label', message: 'Part shared by hours (%)' }),
      cash: translate({ id: 'tools.patronage.cash.label', message: 'Part paid in cash (%)' }),
      revolving: translate({ id: 'tools.patronage.revolving.label', message: 'Years before retained amounts are paid out' }),
    }[group as 'margin']!;
  };
  const problemKeys = Object.keys(parsed.problems) as FieldKey[];

  const basisOptions: Array<[PatronageBasis, string]> = [
    ['hours', translate({ id: 'tools.patronage.basis.hours', message: 'Hours worked' })],
    ['wages', translate({ id: 'tools.patronage.basis.wages', message: 'Wages paid' })],
    ['both', translate({ id: 'tools.patronage.basis.both', message: 'Both, mixed' })],
  ];

  const csv = () => (computed ? patronageCsv(computed.result, csvLabels(), computed.ledger) : '');

  return (
    <section
      className={`${toolStyles.tool} ${styles.form}`}
      aria-label={translate({ id: 'tools.patronage.title', message: 'Patronage calculator' })}
      data-testid="patronage-calculator"
    >
      <div className={toolStyles.fields}>
        <Field
          id={id('margin')}
          label={labelOf('margin')}
          value={state.margin}
          onChange={(margin) => update({ margin })}
          error={error('margin')}
          hint={translate({ id: 'tools.patronage.margin.hint', message: 'The surplus from work with members, after all costs and wages. Use a minus sign for a loss.' })}
        />
        <Field
          id={id('reserve')}
          label={labelOf('reserve')}
          value={state.reserve}
          onChange={(reserve) => update({ reserve })}
          error={error('reserve')}
          hint={translate({ id: 'tools.patronage.reserve.hint', message: 'The part that stays with the co-op as a whole.' })}
        />
        <Field
          id={id('cash')}
          label={labelOf('cash')}
          value={state.cash}
          onChange={(cash) => update({ cash })}
          error={error('cash')}
          hint={translate({ id: 'tools.patronage.cash.hint', message: "At least 20% for a qualified notice. The rest is kept in each member's capital account." })}
        />
      </div>

      <fieldset className={styles.basis}>
        <legend>
          <Translate id="tools.patronage.basis.legend">Share the allocation by</Translate>
        </legend>
        {basisOptions.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name={id('basis')} value={value} checked={state.basis === value} onChange={() => update({ basis: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      {state.basis === 'both' && (
        <div className={toolStyles.fields}>
          <Field
            id={id('weight')}
            label={labelOf('weight')}
            value={state.weight}
            onChange={(weight) => update({ weight })}
            error={error('weight')}
            hint={translate({ id: 'tools.patronage.weight.hint', message: 'The rest is shared by wages. For half and half, enter 50.' })}
          />
        </div>
      )}

      <div className={styles.section}>
        <table className={styles.memberTable}>
          <caption>
            <Translate id="tools.patronage.members.caption">Members and their patronage for the year</Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="tools.patronage.column.name">Name</Translate>
              </th>
              <th scope="col">
                <Translate id="tools.patronage.column.hours">Hours</Translate>
              </th>
              <th scope="col">
                <Translate id="tools.patronage.column.wages">Wages ($)</Translate>
              </th>
              <th scope="col">
                <Translate id="tools.patronage.column.startingBalance">Capital account at the start ($)</Translate>
              </th>
              <th scope="col" className={styles.noPrint}>
                <span className="sr-only">
                  <Translate id="tools.patronage.column.actions">Remove</Translate>
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.members.map((member, index) => {
              const n = index + 1;
              const cell = (field: 'hours' | 'wages' | 'opening') => {
                const key: FieldKey = `members.${index}.${field}`;
                const problem = error(key);
                return (
                  <td>
                    <label className="sr-only" htmlFor={id(key)}>
                      {labelOf(key)}
                    </label>
                    <input
                      id={id(key)}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      value={member[field]}
                      onChange={(event) => updateMember(index, { [field]: event.target.value })}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id(key)}-error` : undefined}
                    />
                    {problem && (
                      <span id={`${id(key)}-error`} className={styles.cellError}>
                        {problem}
                      </span>
                    )}
                  </td>
                );
              };
              return (
                <tr key={index}>
                  <td>
                    <label className="sr-only" htmlFor={id(`members.${index}.name`)}>
                      {translate({ id: 'tools.patronage.member.nameLabel', message: 'Name of member {number}' }, { number: n })}
                    </label>
                    <input
                      id={id(`members.${index}.name`)}
                      type="text"
                      autoComplete="off"
                      value={member.name}
                      placeholder={memberName(index)}
                      onChange={(event) => updateMember(index, { name: event.target.value })}
                    />
                  </td>
                  {cell('hours')}
                  {cell('wages')}
                  {cell('opening')}
                  <td className={styles.noPrint}>
                    <button
                      type="button"
                      className="button button--sm button--secondary"
                      disabled={state.members.length <= 1}
                      onClick={() => {
                        update({ members: state.members.filter((_, at) => at !== index) });
                        addMemberButton.current?.focus();
                      }}
                    >
                      {translate({ id: 'tools.patronage.member.remove', message: 'Remove' })}
                      <span className="sr-only">
                        {' '}
                        {translate({ id: 'tools.patronage.member.removeWhich', message: 'member {number}: {name}' }, { number: n, name: member.name.trim() || memberName(index) })}
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className={`${styles.rowButtons} ${styles.noPrint}`}>
          <button
            ref={addMemberButton}
            type="button"
            className="button button--sm button--secondary"
            disabled={state.members.length >= MAX_MEMBERS}
            onClick={() => {
              update({ members: [...state.members, EMPTY_MEMBER] });
              setFocusTarget(id(`members.${state.members.length}.name`));
            }}
          >
            <Translate id="tools.patronage.member.add">Add a member</Translate>
          </button>
        </div>
        <p className={toolStyles.hint}>
          <Translate id="tools.patronage.members.hint">
            A blank number counts as 0. The starting balance is used only in the ledger below: for example, the buy-in plus amounts kept in earlier years.
          </Translate>
        </p>
      </div>

      <div className={styles.section}>
        <h3>
          <Translate id="tools.patronage.ledger.heading">Ledger for more years</Translate>
        </h3>
        <p className={styles.note}>
          <Translate id="tools.patronage.ledger.explain">
            Year 1 is the year above. For each later year, enter its net margin; the members, hours, wages and percents stay the same. The payout rule here is a revolving plan:
            each year, the co-op pays each member the amount it kept in their account a set number of years before. Amounts in the starting balance are not paid out by this rule.
          </Translate>
        </p>
        <div className={toolStyles.fields}>
          <Field
            id={id('revolving')}
            label={labelOf('revolving')}
            value={state.revolving}
            onChange={(revolving) => update({ revolving })}
            error={error('revolving')}
            hint={translate({ id: 'tools.patronage.revolving.hint', message: 'For example 5: the amount kept in year 1 is paid out in year 6. Enter 0 for no payouts.' })}
          />
          {state.years.map((year, index) => {
            const key: FieldKey = `years.${index}`;
            return (
              <Field
                key={key}
                id={id(key)}
                label={labelOf(key)}
                value={year}
                onChange={(value) => update({ years: state.years.map((old, at) => (at === index ? value : old)) })}
                error={error(key)}
              />
            );
          })}
        </div>
        <div className={`${styles.rowButtons} ${styles.noPrint}`}>
          <button
            type="button"
            className="button button--sm button--secondary"
            disabled={state.years.length >= MAX_YEARS - 1}
            onClick={() => {
              update({ years: [...state.years, state.years.at(-1) ?? state.margin] });
              setFocusTarget(id(`years.${state.years.length}`));
            }}
          >
            <Translate id="tools.patronage.ledger.addYear">Add a year</Translate>
          </button>
          <button type="button" className="button button--sm button--secondary" disabled={state.years.length === 0} onClick={() => update({ years: state.years.slice(0, -1) })}>
            <Translate id="tools.patronage.ledger.removeYear">Remove the last year</Translate>
          </button>
        </div>
      </div>

      <div role="alert" className={toolStyles.error} data-testid="patronage-errors">
        {problemKeys.length > 0 && (
          <>
            <p className="margin-bottom--xs">{translate({ id: 'tools.patronage.error.summary', message: 'Please fix these fields to see the result:' })}</p>
            <ul>
              {problemKeys.map((key) => (
                <li key={key}>
                  <a href={`#${id(key)}`}>{labelOf(key)}</a>: {error(key)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {computed && (
        <div className={styles.section} data-testid="patronage-result">
          <h3>
            <Translate id="tools.patronage.result.heading">Result for year 1</Translate>
          </h3>
          <div aria-live="polite" className={styles.warnings} data-testid="patronage-warnings">
            {computed.result.warnings.map((warning) => (
              <div key={warning.code} className="alert alert--warning margin-bottom--sm">
                {warningText(warning, formats)}
              </div>
            ))}
          </div>
          <ResultSummary result={computed.result} formats={formats} />
          <MemberResults result={computed.result} formats={formats} />
          <p className={styles.note}>
            <Translate id="tools.patronage.result.rounding">
              Amounts are rounded to the cent. Cents left over go to the members with the largest fractions, so the allocations add up exactly to the amount allocated. Each cash
              part is rounded up to the cent, so no member gets less than the cash percent.
            </Translate>
          </p>
          <p className={styles.note}>
            <Translate id="tools.patronage.result.tax">
              With qualified notices, each member reports the whole allocation, cash and retained, as income for the year of the notice. This is not tax advice: verify with an
              accountant or lawyer who knows co-ops.
            </Translate>
          </p>

          <LedgerTable ledger={computed.ledger} formats={formats} />
          {computed.lossYears.length > 0 && (
            <p className={styles.note}>
              {translate(
                {
                  id: 'tools.patronage.ledger.loss',
                  message:
                    "Loss years ({years}): nothing is added to the accounts. This tool does not take losses out of the accounts; your co-op's rules say if and how to do that.",
                },
                { years: computed.lossYears.join(', ') },
              )}
            </p>
          )}
          <ToolActions download={{ name: 'patronage', csv }} />
        </div>
      )}
    </section>
  );
}
