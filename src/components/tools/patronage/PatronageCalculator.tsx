/**
 * The patronage and capital account calculator: a year's net margin, the collective reserve, each
 * member's allocation by hours, wages or both, the cash and retained parts, and a ledger of the members'
 * capital accounts over several years. The inputs live in the page address, so the link shares them.
 */
import Translate, { translate } from '@docusaurus/Translate';
import { FEDERAL_CORPORATE_TAX_PERCENT, type PatronageBasis } from '@site/src/core/tools/patronage';
import { patronageCsv } from '@site/src/core/tools/patronage-csv';
import { lossYearPayouts, projectLedger } from '@site/src/core/tools/patronage-ledger';
import { useId, useMemo, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import toolStyles from '../tools.module.css';
import { useFocusAfterRender } from '../useFocusAfterRender';
import DamagedLinkNotice from '../DamagedLinkNotice';
import { useToolState } from '../useToolState';
import Field from './Field';
import MemberTable from './MemberTable';
import { acceptState, DEFAULT_STATE, EMPTY_MEMBER, MAX_YEARS, parseState, type CalculatorState, type FieldKey, type MemberRow } from './form-state';
import { LedgerTable, MemberResults, ResultSummary, warningText } from './Results';
import styles from './patronage.module.css';
import { csvLabels, fieldLabel, memberName, problemText, useFormats, yearLabel } from './words';

export default function PatronageCalculator(): ReactNode {
  const [state, setState, damagedLink] = useToolState<CalculatorState>(DEFAULT_STATE, acceptState);
  const formats = useFormats();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = (key: string) => `patronage-${prefix}-${key.replace(/\./g, '-')}`;
  const setFocusTarget = useFocusAfterRender();

  const parsed = useMemo(() => parseState(state, memberName), [state]);
  const error = (key: FieldKey) => problemText(parsed.problems[key]);
  const update = (change: Partial<CalculatorState>) => setState({ ...state, ...change });
  const updateMember = (index: number, change: Partial<MemberRow>) => update({ members: state.members.map((member, at) => (at === index ? { ...member, ...change } : member)) });

  const computed = useMemo(() => {
    if (!parsed.input) return undefined;
    const years = [{ label: yearLabel(0), netMargin: parsed.input.netMargin }, ...parsed.yearMargins.map((netMargin, index) => ({ label: yearLabel(index + 1), netMargin }))];
    const { results, ledger } = projectLedger(parsed.input, years, parsed.opening, parsed.revolving);
    return {
      result: results[0]!,
      ledger,
      lossYears: years.filter((_, index) => results[index]!.netMargin < 0).map((year) => year.label),
      lossPayouts: lossYearPayouts(results, ledger),
    };
  }, [parsed]);

  const problemKeys = Object.keys(parsed.problems) as FieldKey[];

  const basisOptions: Array<[PatronageBasis, string]> = [
    ['hours', translate({ id: 'tools.patronage.basis.hours', message: 'Hours worked' })],
    ['wages', translate({ id: 'tools.patronage.basis.wages', message: 'Wages paid' })],
    ['both', translate({ id: 'tools.patronage.basis.both', message: 'Both, mixed' })],
  ];

  const csv = () => (computed ? patronageCsv(computed.result, csvLabels(computed.result.input.taxRatePercent ?? FEDERAL_CORPORATE_TAX_PERCENT), computed.ledger) : '');

  return (
    <section
      className={`${toolStyles.tool} ${styles.form}`}
      aria-label={translate({ id: 'tools.patronage.title', message: 'Patronage calculator' })}
      data-testid="patronage-calculator"
    >
      {damagedLink && <DamagedLinkNotice />}
      <div className={toolStyles.fields}>
        <Field
          id={id('margin')}
          label={fieldLabel('margin')}
          value={state.margin}
          onChange={(margin) => update({ margin })}
          error={error('margin')}
          hint={translate({ id: 'tools.patronage.margin.hint', message: 'The surplus from work with members, after all costs and wages. Use a minus sign for a loss.' })}
        />
        <Field
          id={id('reserve')}
          label={fieldLabel('reserve')}
          value={state.reserve}
          onChange={(reserve) => update({ reserve })}
          error={error('reserve')}
          hint={translate({ id: 'tools.patronage.reserve.hint', message: 'The part that stays with the co-op as a whole.' })}
        />
        <Field
          id={id('cash')}
          label={fieldLabel('cash')}
          value={state.cash}
          onChange={(cash) => update({ cash })}
          error={error('cash')}
          hint={translate({
            id: 'tools.patronage.cash.hint',
            message: "The rest is kept in each member's capital account. With at least 20% in cash and each member's consent, the notices can be qualified.",
          })}
        />
        <Field
          id={id('tax')}
          label={fieldLabel('tax')}
          value={state.tax}
          onChange={(tax) => update({ tax })}
          error={error('tax')}
          hint={translate({
            id: 'tools.patronage.tax.hint',
            message: 'Used to estimate the tax the co-op pays on the reserve. 21% is the federal corporate rate; add your state tax.',
          })}
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
            label={fieldLabel('weight')}
            value={state.weight}
            onChange={(weight) => update({ weight })}
            error={error('weight')}
            hint={translate({ id: 'tools.patronage.weight.hint', message: 'The rest is shared by wages. For half and half, enter 50.' })}
          />
        </div>
      )}

      <MemberTable
        members={state.members}
        id={id}
        error={error}
        onChange={updateMember}
        onRemove={(index) => update({ members: state.members.filter((_, at) => at !== index) })}
        onAdd={() => {
          update({ members: [...state.members, EMPTY_MEMBER] });
          setFocusTarget(id(`members.${state.members.length}.name`));
        }}
      />

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
            label={fieldLabel('revolving')}
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
                label={fieldLabel(key)}
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
                  <a href={`#${id(key)}`}>{fieldLabel(key)}</a>: {error(key)}
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
              With qualified notices, each member reports the whole allocation, cash and retained, as income for the year of the notice. With nonqualified notices, members pay tax
              on the retained part only when it is paid out, and the co-op pays tax on it until then. The reserve is taxed to the co-op; the estimate uses the rate you entered and
              leaves out credits and deductions. This is not tax advice: verify with an accountant or lawyer who knows co-ops.
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
          {computed.lossPayouts.length > 0 && (
            <div className="alert alert--warning margin-bottom--sm" data-testid="patronage-loss-payouts">
              {translate(
                {
                  id: 'tools.patronage.ledger.lossPayout',
                  message:
                    'The ledger still pays out older amounts in loss years ({payouts}). Paying out when the co-op lost money takes cash it may need. Most bylaws let the board delay payouts; check your bylaws and your cash before you pay.',
                },
                { payouts: computed.lossPayouts.map((payout) => `${payout.label}: ${formats.money(payout.redeemed)}`).join('; ') },
              )}
            </div>
          )}
          <ToolActions download={{ name: 'patronage', csv }} />
        </div>
      )}
    </section>
  );
}
