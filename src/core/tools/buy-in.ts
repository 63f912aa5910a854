/**
 * The member buy-in plan: a buy-in paid as a down payment and then equal payroll deductions, one per
 * pay period. Money is counted in whole cents so that the payments add up to the buy-in exactly; the
 * last payment takes what rounding leaves, and it is never larger than the others. No interest is
 * charged. Dates are calendar dates (yyyy-mm-dd) worked out with day counts only: no clock, no time zone.
 */
import { toCsv } from '../csv';
import { parseIsoDate, payDate } from './calendar';
import { centsToDecimal } from './money';

export type PayFrequency = 'weekly' | 'biweekly' | 'semimonthly' | 'monthly';

export const PAY_FREQUENCIES: readonly PayFrequency[] = ['weekly', 'biweekly', 'semimonthly', 'monthly'];

/** Pay periods in a year, used to say how long a plan lasts. */
export const PERIODS_PER_YEAR: Readonly<Record<PayFrequency, number>> = { weekly: 52, biweekly: 26, semimonthly: 24, monthly: 12 };

/** The longest plan the tool draws: ten years of weekly pay. */
export const MAX_PERIODS = 520;

/** The largest buy-in the tool takes, in cents ($1,000,000). */
export const MAX_BUY_IN_CENTS = 100_000_000;

/**
 * A plan longer than this many years gets a warning. Many co-ops finish the buy-in within the
 * candidacy period or the first year or two of membership (see FIN-04).
 */
export const LONG_PLAN_YEARS = 3;

interface BuyInBase {
  /** The whole buy-in, in cents. */
  buyIn: number;
  /** What the worker pays up front, in cents; 0 for none. */
  downPayment: number;
  frequency: PayFrequency;
  /** The date of the first deduction, yyyy-mm-dd; without it the schedule has no dates. */
  start?: string;
}

/** The worker chooses either how many pay periods the plan lasts or how much comes out of each paycheck. */
export type BuyInInput = BuyInBase & ({ given: 'periods'; periods: number } | { given: 'payment'; payment: number });

export interface BuyInRow {
  /** 1 for the first deduction. */
  period: number;
  /** yyyy-mm-dd, when the input has a start date. */
  date?: string;
  /** This deduction, in cents. */
  payment: number;
  /** Paid so far, down payment included, in cents. */
  paid: number;
  /** Still to pay after this deduction, in cents. */
  balance: number;
}

export type BuyInWarning =
  /** The down payment is more than the buy-in; `extra` cents are not part of it. */
  | { code: 'downPaymentOverBuyIn'; extra: number }
  /** The deductions last longer than LONG_PLAN_YEARS. */
  | { code: 'longPlan'; years: number };

export interface BuyInPlan {
  /** The buy-in, in cents. */
  buyIn: number;
  /** The down payment that counts toward the buy-in (never more than the buy-in), in cents. */
  downPayment: number;
  /** What is left after the down payment, paid by deduction, in cents. */
  financed: number;
  frequency: PayFrequency;
  /** The number of deductions. */
  periods: number;
  /** The regular deduction, in cents; 0 when nothing is left to pay. */
  payment: number;
  /** The last deduction, in cents: the regular one, or less. */
  lastPayment: number;
  /** How long the deductions last, in years (periods ÷ pay periods in a year). */
  years: number;
  schedule: BuyInRow[];
  warnings: BuyInWarning[];
}

function assertCents(value: number, name: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number of cents from ${min} to ${max}; got ${value}.`);
  }
}

/** The plan for a buy-in. Throws a RangeError for input the form should have refused. */
export function planBuyIn(input: BuyInInput): BuyInPlan {
  assertCents(input.buyIn, 'buyIn', 1, MAX_BUY_IN_CENTS);
  assertCents(input.downPayment, 'downPayment', 0, Number.MAX_SAFE_INTEGER);
  if (!PAY_FREQUENCIES.includes(input.frequency)) throw new RangeError(`frequency must be one of ${PAY_FREQUENCIES.join(', ')}; got ${String(input.frequency)}.`);
  if (input.start !== undefined && parseIsoDate(input.start) === undefined) throw new RangeError(`start must be a real date written yyyy-mm-dd; got ${input.start}.`);

  const warnings: BuyInWarning[] = [];
  if (input.downPayment > input.buyIn) warnings.push({ code: 'downPaymentOverBuyIn', extra: input.downPayment - input.buyIn });
  const downPayment = Math.min(input.downPayment, input.buyIn);
  const financed = input.buyIn - downPayment;

  let payment: number;
  if (input.given === 'periods') {
    if (!Number.isInteger(input.periods) || input.periods < 1 || input.periods > MAX_PERIODS) {
      throw new RangeError(`periods must be a whole number from 1 to ${MAX_PERIODS}; got ${input.periods}.`);
    }
    // Rounded up, so that the last payment is the smaller one.
    payment = Math.ceil(financed / input.periods);
  } else {
    assertCents(input.payment, 'payment', 1, Number.MAX_SAFE_INTEGER);
    payment = Math.min(input.payment, financed);
  }
  // With a payment rounded up to the cent, a tiny amount spread over many periods can be paid off a
  // period or more early (for example $10.01 over 100 periods); the count is what the schedule needs.
  const periods = payment === 0 ? 0 : Math.ceil(financed / payment);
  if (periods > MAX_PERIODS) throw new RangeError(`A payment of ${payment} cents takes ${periods} periods, more than ${MAX_PERIODS}.`);

  const schedule: BuyInRow[] = [];
  let paid = downPayment;
  for (let period = 1; period <= periods; period += 1) {
    const amount = period === periods ? financed - payment * (periods - 1) : payment;
    paid += amount;
    schedule.push({
      period,
      ...(input.start === undefined ? {} : { date: payDate(input.start, input.frequency, period) }),
      payment: amount,
      paid,
      balance: input.buyIn - paid,
    });
  }

  const years = periods / PERIODS_PER_YEAR[input.frequency];
  if (years > LONG_PLAN_YEARS) warnings.push({ code: 'longPlan', years });
  return {
    buyIn: input.buyIn,
    downPayment,
    financed,
    frequency: input.frequency,
    periods,
    payment,
    lastPayment: schedule.at(-1)?.payment ?? 0,
    years,
    schedule,
    warnings,
  };
}

/** The column titles and the name of the down payment row, in the page's language. */
export interface BuyInCsvLabels {
  period: string;
  date: string;
  payment: string;
  paid: string;
  balance: string;
  downPayment: string;
}

/**
 * The schedule as CSV (RFC 4180): UTF-8 with a byte-order mark, CRLF line ends. A first row holds the
 * down payment when there is one; the date column is there only when the plan has dates.
 */
export function buyInCsv(plan: BuyInPlan, labels: BuyInCsvLabels): string {
  const withDates = plan.schedule.some((row) => row.date !== undefined);
  const line = (first: string, date: string | undefined, payment: number, paid: number, balance: number) =>
    withDates
      ? [first, date ?? '', centsToDecimal(payment), centsToDecimal(paid), centsToDecimal(balance)]
      : [first, centsToDecimal(payment), centsToDecimal(paid), centsToDecimal(balance)];
  const header = withDates ? [labels.period, labels.date, labels.payment, labels.paid, labels.balance] : [labels.period, labels.payment, labels.paid, labels.balance];
  const rows = [header];
  if (plan.downPayment > 0) rows.push(line(labels.downPayment, undefined, plan.downPayment, plan.downPayment, plan.buyIn - plan.downPayment));
  for (const row of plan.schedule) rows.push(line(String(row.period), row.date, row.payment, row.paid, row.balance));
  return toCsv(rows);
}
