/**
 * The break-even check inside the pricing criterion: fixed costs a month, price and variable cost of
 * one unit, and the units a month expected. The math is in src/core/tools/feasibility-break-even.ts.
 */
import Translate, { translate } from '@docusaurus/Translate';
import { MAX_SHORT_TEXT, type BreakEvenForm } from '@site/src/core/tools/feasibility';
import type { BreakEvenReading } from '@site/src/core/tools/feasibility-form';
import type { ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import styles from './feasibility.module.css';
import { errorText } from './messages';
import TextField from './TextField';
import { labels } from './words';

interface Props {
  form: BreakEvenForm;
  reading: BreakEvenReading;
  id: (key: string) => string;
  money: (cents: number) => string;
  number: (value: number, digits?: number) => string;
  onChange: (change: Partial<BreakEvenForm>) => void;
}

export default function BreakEvenCheck({ form, reading, id, money, number, onChange }: Props): ReactNode {
  const words = labels().breakEven;
  const error = (field: keyof BreakEvenReading['errors']) => {
    const code = reading.errors[field];
    return code ? errorText(code) : undefined;
  };
  return (
    <div className={styles.breakEven} role="group" aria-labelledby={id('break-even-title')}>
      <h4 id={id('break-even-title')} className={styles.breakEvenTitle}>
        <Translate id="tools.feasibility.breakEven.title">Break-even check</Translate>
      </h4>
      <p className={toolStyles.hint}>
        <Translate id="tools.feasibility.breakEven.formula">
          Break-even is the number of units a month at which sales just cover every cost. Units to break even = fixed costs ÷ (price − variable cost).
        </Translate>
      </p>
      <p className="alert alert--info" data-testid="break-even-member-pay">
        <Translate id="tools.feasibility.breakEven.memberPay">
          Member pay: in many worker co-ops, members work and are paid fewer hours when sales drop. Then their pay is a variable cost: count it in the cost of one more unit, not in
          fixed costs. Counting it as fixed makes the break-even point look higher than it is. Only pay the co-op guarantees is a fixed cost.
        </Translate>
      </p>
      <div className={toolStyles.fields}>
        <TextField
          id={id('unit')}
          label={translate({ id: 'tools.feasibility.breakEven.unit.optional', message: 'What one unit is (optional)' })}
          hint={translate({ id: 'tools.feasibility.breakEven.unit.hint', message: 'Like "hour of cleaning" or "meal".' })}
          maxLength={MAX_SHORT_TEXT}
          value={form.unit}
          onChange={(unit) => onChange({ unit })}
        />
        <TextField
          id={id('fixed')}
          label={words.fixedCosts}
          hint={translate({
            id: 'tools.feasibility.breakEven.fixedCosts.hint',
            message: 'Costs that do not change with sales: pay the co-op guarantees whatever it sells, with its payroll taxes and benefits, rent, insurance, loan payments.',
          })}
          inputMode="decimal"
          value={form.fixedCosts}
          error={error('fixedCosts')}
          onChange={(fixedCosts) => onChange({ fixedCosts })}
        />
        <TextField id={id('price')} label={words.price} inputMode="decimal" value={form.price} error={error('price')} onChange={(price) => onChange({ price })} />
        <TextField
          id={id('variable')}
          label={words.variableCost}
          hint={translate({
            id: 'tools.feasibility.breakEven.variableCost.hint',
            message: 'What one more unit costs, like supplies, card fees, and pay for hours that go up and down with sales. Leave empty for none.',
          })}
          inputMode="decimal"
          value={form.variableCost}
          error={error('variableCost')}
          onChange={(variableCost) => onChange({ variableCost })}
        />
        <TextField
          id={id('expected')}
          label={translate({ id: 'tools.feasibility.breakEven.expectedUnits.optional', message: 'Units you expect to sell each month (optional)' })}
          hint={translate({ id: 'tools.feasibility.breakEven.expectedUnits.hint', message: 'From your market research, or the most you can make or bill.' })}
          inputMode="numeric"
          value={form.expectedUnits}
          error={error('expectedUnits')}
          onChange={(expectedUnits) => onChange({ expectedUnits })}
        />
      </div>
      <div aria-live="polite" className={styles.breakEvenResult} data-testid="break-even-result">
        <BreakEvenResultText reading={reading} unit={form.unit.trim()} money={money} number={number} />
      </div>
    </div>
  );
}

function BreakEvenResultText({ reading, unit, money, number }: Pick<Props, 'reading' | 'money' | 'number'> & { unit: string }): ReactNode {
  if (reading.problem === 'noMargin') {
    return (
      <p className={toolStyles.error}>
        <Translate id="tools.feasibility.breakEven.noMargin">
          No break-even: the price is not more than the variable cost, so each sale loses money. Raise the price or lower the cost.
        </Translate>
      </p>
    );
  }
  const { result } = reading;
  if (!result) return null;
  const lines = [
    ...(unit ? [translate({ id: 'tools.feasibility.breakEven.result.unit', message: 'One unit: {unit}.' }, { unit })] : []),
    translate(
      { id: 'tools.feasibility.breakEven.result.margin', message: 'Each unit adds {margin} to pay the fixed costs (price minus variable cost).' },
      { margin: money(result.marginCents) },
    ),
    translate(
      { id: 'tools.feasibility.breakEven.result.units', message: 'Units to break even: {units} a month ({exact} before rounding up). Sales to break even: {sales} a month.' },
      { units: number(result.units), exact: number(result.exactUnits, 2), sales: money(result.salesCents) },
    ),
  ];
  if (result.shareOfExpected !== undefined && result.resultAtExpectedCents !== undefined) {
    lines.push(
      translate({ id: 'tools.feasibility.breakEven.result.share', message: 'That is {share}% of the units you expect.' }, { share: number(result.shareOfExpected * 100, 1) }),
    );
    lines.push(
      result.resultAtExpectedCents >= 0
        ? translate(
            { id: 'tools.feasibility.breakEven.result.ahead', message: 'At the units you expect, the month ends {amount} ahead.' },
            { amount: money(result.resultAtExpectedCents) },
          )
        : translate(
            {
              id: 'tools.feasibility.breakEven.result.short',
              message: 'At the units you expect, the month is {amount} short. Plan for more sales, lower costs or a cash cushion.',
            },
            { amount: money(-result.resultAtExpectedCents) },
          ),
    );
  }
  return (
    <ul className={styles.resultLines}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
