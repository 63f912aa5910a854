/**
 * The member buy-in plan: the buy-in, a down payment and a deduction from each paycheck, with the
 * schedule of payments. The inputs live in the page address so a filled-in plan can be shared; the
 * math is in src/core/tools/buy-in.ts.
 */
import { usePluralForm } from '@docusaurus/theme-common';
import Translate, { translate } from '@docusaurus/Translate';
import { buyInCsv, MAX_PERIODS, PAY_FREQUENCIES, planBuyIn, type BuyInCsvLabels, type BuyInPlan, type BuyInWarning, type PayFrequency } from '@site/src/core/tools/buy-in';
import { acceptBuyInForm, DEFAULT_BUY_IN_FORM, readBuyInForm, type BuyInFieldError, type BuyInForm } from '@site/src/core/tools/buy-in-form';
import { useId, type ReactNode } from 'react';
import ToolActions from '../ToolActions';
import DamagedLinkNotice from '../DamagedLinkNotice';
import { useToolFormats } from '../useToolFormats';
import { useToolState } from '../useToolState';
import styles from '../tools.module.css';
import own from './buy-in.module.css';

function frequencyLabel(frequency: PayFrequency): string {
  switch (frequency) {
    case 'weekly':
      return translate({ id: 'tools.buyIn.frequency.weekly', message: 'Every week' });
    case 'biweekly':
      return translate({ id: 'tools.buyIn.frequency.biweekly', message: 'Every two weeks' });
    case 'semimonthly':
      return translate({ id: 'tools.buyIn.frequency.semimonthly', message: 'Twice a month' });
    case 'monthly':
      return translate({ id: 'tools.buyIn.frequency.monthly', message: 'Once a month' });
  }
}

function errorMessage(error: BuyInFieldError): string {
  switch (error) {
    case 'amount':
      return translate({ id: 'tools.buyIn.error.amount', message: 'Enter an amount in dollars, like 5000 or 5,000.00.' });
    case 'positive':
      return translate({ id: 'tools.buyIn.error.positive', message: 'Enter an amount more than zero.' });
    case 'tooLarge':
      return translate({ id: 'tools.buyIn.error.tooLarge', message: 'Enter an amount of $1,000,000 or less.' });
    case 'wholeNumber':
      return translate({ id: 'tools.buyIn.error.wholeNumber', message: 'Enter a whole number of pay periods from 1 to {max}.' }, { max: MAX_PERIODS });
    case 'tooManyPeriods':
      return translate(
        { id: 'tools.buyIn.error.tooManyPeriods', message: 'This amount is too small: the plan would take more than {max} pay periods. Enter a larger amount.' },
        { max: MAX_PERIODS },
      );
    case 'date':
      return translate({ id: 'tools.buyIn.error.date', message: 'Enter a real date, like 2025-01-31.' });
  }
}

/** A labelled input with its hint and, when it is wrong, an error that is announced and tied to it. */
function Field(props: {
  label: string;
  hint?: string;
  error?: BuyInFieldError;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric';
  name: string;
}): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete="off"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {props.hint && (
        <span id={hintId} className={styles.hint}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} className={styles.error} role="alert">
          {errorMessage(props.error)}
        </span>
      )}
    </div>
  );
}

function csvLabels(): BuyInCsvLabels {
  return {
    period: translate({ id: 'tools.buyIn.column.period', message: 'Payment number' }),
    date: translate({ id: 'tools.buyIn.column.date', message: 'Date' }),
    payment: translate({ id: 'tools.buyIn.column.payment', message: 'Payment' }),
    paid: translate({ id: 'tools.buyIn.column.paid', message: 'Total paid' }),
    balance: translate({ id: 'tools.buyIn.column.balance', message: 'Balance left' }),
    downPayment: translate({ id: 'tools.buyIn.downPaymentRow', message: 'Down payment' }),
  };
}

function WarningText({ warning, money, years }: { warning: BuyInWarning; money: (cents: number) => string; years: (value: number) => string }): ReactNode {
  if (warning.code === 'downPaymentOverBuyIn') {
    return translate(
      {
        id: 'tools.buyIn.warning.downPayment',
        message: 'The down payment is {extra} more than the buy-in. This plan counts only the buy-in, so nothing is left to take from pay. Check the amounts.',
      },
      { extra: money(warning.extra) },
    );
  }
  return translate(
    {
      id: 'tools.buyIn.warning.long',
      message:
        'These deductions last about {years} years. Many co-ops plan for the buy-in to be paid by the end of the candidacy period, or a year or two after it. Then new members own their share soon, the co-op gets its capital, and a member who leaves early does not leave a large unpaid balance. Think about a larger deduction, a larger down payment or a lower buy-in.',
    },
    { years: years(warning.years) },
  );
}

function Summary({ plan, money, date, start }: { plan: BuyInPlan; money: (cents: number) => string; date: (iso: string) => string; start: boolean }): ReactNode {
  const { selectMessage } = usePluralForm();
  const months = Math.max(1, Math.round(plan.years * 12));
  const last = plan.schedule.at(-1);
  const rows: Array<[string, string]> = [
    [translate({ id: 'tools.buyIn.summary.buyIn', message: 'Buy-in' }), money(plan.buyIn)],
    [translate({ id: 'tools.buyIn.summary.downPayment', message: 'Down payment' }), money(plan.downPayment)],
  ];
  if (plan.periods > 0) {
    rows.push(
      [translate({ id: 'tools.buyIn.summary.payment', message: 'Deduction per pay period' }), money(plan.payment)],
      [translate({ id: 'tools.buyIn.summary.periods', message: 'Number of deductions' }), String(plan.periods)],
    );
    if (plan.lastPayment !== plan.payment)
      rows.push([translate({ id: 'tools.buyIn.summary.lastPayment', message: 'Last deduction (smaller, to end on the exact buy-in)' }), money(plan.lastPayment)]);
    rows.push([
      translate({ id: 'tools.buyIn.summary.length', message: 'How long' }),
      selectMessage(months, translate({ id: 'tools.buyIn.summary.months', message: 'about {months} month|about {months} months' }, { months })),
    ]);
    if (start && last?.date) rows.push([translate({ id: 'tools.buyIn.summary.lastDate', message: 'Date of the last deduction' }), date(last.date)]);
  }
  return (
    <div aria-live="polite">
      <dl className={own.summary}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {plan.periods === 0 && (
        <p>
          <Translate id="tools.buyIn.summary.nothingLeft">The down payment covers the whole buy-in. Nothing is taken from pay.</Translate>
        </p>
      )}
    </div>
  );
}

function Schedule({ plan, money, date }: { plan: BuyInPlan; money: (cents: number) => string; date: (iso: string) => string }): ReactNode {
  const labels = csvLabels();
  const withDates = plan.schedule.some((row) => row.date !== undefined);
  return (
    <div className={own.scroll}>
      <table className={styles.table} data-testid="buy-in-schedule">
        <caption className={own.caption}>{translate({ id: 'tools.buyIn.caption', message: 'Payment schedule for a buy-in of {buyIn}' }, { buyIn: money(plan.buyIn) })}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.period}</th>
            {withDates && <th scope="col">{labels.date}</th>}
            <th scope="col">{labels.payment}</th>
            <th scope="col">{labels.paid}</th>
            <th scope="col">{labels.balance}</th>
          </tr>
        </thead>
        <tbody>
          {plan.downPayment > 0 && (
            <tr>
              <th scope="row">{labels.downPayment}</th>
              {withDates && <td />}
              <td>{money(plan.downPayment)}</td>
              <td>{money(plan.downPayment)}</td>
              <td>{money(plan.buyIn - plan.downPayment)}</td>
            </tr>
          )}
          {plan.schedule.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.period}</th>
              {withDates && <td>{row.date ? date(row.date) : ''}</td>}
              <td>{money(row.payment)}</td>
              <td>{money(row.paid)}</td>
              <td>{money(row.balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function BuyInPlanner(): ReactNode {
  const [form, setForm, damagedLink] = useToolState(DEFAULT_BUY_IN_FORM, acceptBuyInForm);
  const update = (change: Partial<BuyInForm>) => setForm({ ...form, ...change });
  const givenId = useId();

  const { money, number, date } = useToolFormats();
  const years = (value: number) => number(value, 1);

  const { input, errors } = readBuyInForm(form);
  const plan = input ? planBuyIn(input) : undefined;

  return (
    <div className={styles.tool}>
      {damagedLink && <DamagedLinkNotice />}
      <form className={own.form} onSubmit={(event) => event.preventDefault()} aria-label={translate({ id: 'tools.buyIn.formLabel', message: 'Buy-in plan' })}>
        <div className={styles.fields}>
          <Field
            name="buyIn"
            label={translate({ id: 'tools.buyIn.buyIn.label', message: 'Buy-in amount (dollars)' })}
            hint={translate({ id: 'tools.buyIn.buyIn.hint', message: 'The full amount a member pays to join, like 5000.' })}
            inputMode="decimal"
            value={form.buyIn}
            error={errors.buyIn}
            onChange={(buyIn) => update({ buyIn })}
          />
          <Field
            name="downPayment"
            label={translate({ id: 'tools.buyIn.downPayment.label', message: 'Down payment (dollars)' })}
            hint={translate({ id: 'tools.buyIn.downPayment.hint', message: 'Paid up front. Enter 0 or leave empty for none.' })}
            inputMode="decimal"
            value={form.downPayment}
            error={errors.downPayment}
            onChange={(downPayment) => update({ downPayment })}
          />
          <div className={styles.field}>
            <label htmlFor={`${givenId}-frequency`}>{translate({ id: 'tools.buyIn.frequency.label', message: 'How often workers are paid' })}</label>
            <select id={`${givenId}-frequency`} name="frequency" value={form.frequency} onChange={(event) => update({ frequency: event.target.value as PayFrequency })}>
              {PAY_FREQUENCIES.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {frequencyLabel(frequency)}
                </option>
              ))}
            </select>
          </div>
          <Field
            name="start"
            type="date"
            label={translate({ id: 'tools.buyIn.start.label', message: 'Date of the first deduction (optional)' })}
            hint={translate({ id: 'tools.buyIn.start.hint', message: 'Leave empty for a schedule without dates.' })}
            value={form.start}
            error={errors.start}
            onChange={(start) => update({ start })}
          />
        </div>
        <fieldset className={own.choice}>
          <legend>{translate({ id: 'tools.buyIn.given.legend', message: 'What do you want to set?' })}</legend>
          <label>
            <input type="radio" name={`${givenId}-given`} value="periods" checked={form.given === 'periods'} onChange={() => update({ given: 'periods' })} />{' '}
            {translate({ id: 'tools.buyIn.given.periods', message: 'The number of pay periods (the tool finds the deduction)' })}
          </label>
          <label>
            <input type="radio" name={`${givenId}-given`} value="payment" checked={form.given === 'payment'} onChange={() => update({ given: 'payment' })} />{' '}
            {translate({ id: 'tools.buyIn.given.payment', message: 'The deduction per pay period (the tool finds the number of periods)' })}
          </label>
        </fieldset>
        <div className={styles.fields}>
          {form.given === 'periods' ? (
            <Field
              name="periods"
              label={translate({ id: 'tools.buyIn.periods.label', message: 'Number of pay periods' })}
              hint={translate({ id: 'tools.buyIn.periods.hint', message: 'How many paychecks the deductions are spread over, from 1 to {max}.' }, { max: MAX_PERIODS })}
              inputMode="numeric"
              value={form.periods}
              error={errors.periods}
              onChange={(periods) => update({ periods })}
            />
          ) : (
            <Field
              name="payment"
              label={translate({ id: 'tools.buyIn.payment.label', message: 'Deduction per pay period (dollars)' })}
              hint={translate({ id: 'tools.buyIn.payment.hint', message: 'The amount taken from each paycheck, like 100.' })}
              inputMode="decimal"
              value={form.payment}
              error={errors.payment}
              onChange={(payment) => update({ payment })}
            />
          )}
        </div>
      </form>

      {plan ? (
        <>
          <Summary plan={plan} money={money} date={date} start={form.start.trim() !== ''} />
          {plan.warnings.length > 0 && (
            <div aria-live="polite">
              {plan.warnings.map((warning) => (
                <div key={warning.code} className={`alert alert--warning ${own.message}`} data-warning={warning.code}>
                  <WarningText warning={warning} money={money} years={years} />
                </div>
              ))}
            </div>
          )}
          {plan.periods > 0 && <Schedule plan={plan} money={money} date={date} />}
        </>
      ) : (
        <p className={own.fix}>
          <Translate id="tools.buyIn.fixErrors">Fix the fields marked above to see the plan.</Translate>
        </p>
      )}

      <p className={`alert alert--secondary ${own.message}`}>
        <Translate id="tools.buyIn.note">
          This plan charges no interest. Taking money from a paycheck needs the worker's written permission first, and state wage laws can limit deductions, for example so that pay
          does not fall below minimum wage. Check your plan with a lawyer who knows co-ops. This tool is not legal advice.
        </Translate>
      </p>

      <ToolActions download={plan && plan.periods > 0 ? { name: 'buy-in-plan', csv: () => buyInCsv(plan, csvLabels()) } : undefined} />
    </div>
  );
}
