/**
 * The member buy-in plan: a buy-in paid as a down payment and then equal payroll deductions, one per
 * pay period. Money is counted in whole cents so that the payments add up to the buy-in exactly; the
 * last payment takes what rounding leaves, and it is never larger than the others. No interest is
 * charged. Dates are calendar dates (yyyy-mm-dd) worked out with day counts only: no clock, no time zone.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

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

// ---------------------------------------------------------------------------------------------------
// Calendar dates

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Days in a month of the Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real date written yyyy-mm-dd, from year 1900 to 2199, or undefined. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days since 1970-01-01 and back, after Howard Hinnant's "days_from_civil" and "civil_from_days".
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a date written yyyy-mm-dd: ${date}.`);
  return formatIsoDate(fromDayNumber(dayNumber(parsed) + days));
}

/** The day `day` of the month `months` after the given one; a day the month lacks becomes its last day. */
function dayInMonthAfter(start: CalendarDate, months: number, day: number): string {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

/**
 * The date of deduction number `period` (1 for the first, on the start date).
 *
 * - weekly: every 7 days; every two weeks (biweekly): every 14 days.
 * - monthly: the start's day of the month each month, counted from the start so that a short month
 *   does not pull later dates back: Jan 31, Feb 28 (29 in a leap year), Mar 31, Apr 30.
 * - twice a month (semimonthly): two fixed days of the month, 14 days apart, like the 1st and the
 *   15th. The start date sets the pair: a start on day 1-14 is the first day of the pair (the 10th
 *   gives the 10th and the 24th); a start on day 15-31 is the second day (the 15th gives the 1st and
 *   the 15th, the 31st gives the 17th and the 31st). In a month without the second day, such as
 *   February for the 30th, the deduction falls on the month's last day.
 */
export function payDate(start: string, frequency: PayFrequency, period: number): string {
  const parsed = parseIsoDate(start);
  if (!parsed) throw new RangeError(`Not a date written yyyy-mm-dd: ${start}.`);
  const step = period - 1;
  switch (frequency) {
    case 'weekly':
      return addDays(start, 7 * step);
    case 'biweekly':
      return addDays(start, 14 * step);
    case 'monthly':
      return dayInMonthAfter(parsed, step, parsed.day);
    case 'semimonthly': {
      const startsOnFirstDay = parsed.day <= 14;
      const firstDay = startsOnFirstDay ? parsed.day : parsed.day - 14;
      const slot = step + (startsOnFirstDay ? 0 : 1);
      return dayInMonthAfter(parsed, Math.floor(slot / 2), slot % 2 === 0 ? firstDay : firstDay + 14);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The form: what a person typed, checked field by field

/** The tool's inputs as typed, which is also what the page address keeps. */
export interface BuyInForm {
  buyIn: string;
  downPayment: string;
  frequency: PayFrequency;
  given: 'periods' | 'payment';
  periods: string;
  payment: string;
  /** yyyy-mm-dd or empty. */
  start: string;
}

export type BuyInField = 'buyIn' | 'downPayment' | 'periods' | 'payment' | 'start';

/**
 * Why a field was refused. amount: not an amount in dollars; positive: must be more than zero;
 * tooLarge: over $1,000,000; wholeNumber: not a whole number from 1 to MAX_PERIODS; tooManyPeriods:
 * a payment so small the plan would pass MAX_PERIODS; date: not a real date.
 */
export type BuyInFieldError = 'amount' | 'positive' | 'tooLarge' | 'wholeNumber' | 'tooManyPeriods' | 'date';

export const DEFAULT_BUY_IN_FORM: BuyInForm = {
  buyIn: '5000',
  downPayment: '500',
  frequency: 'biweekly',
  given: 'periods',
  periods: '26',
  payment: '100',
  start: '',
};

/**
 * Dollars as typed ("5000", "5,000.50", "$ 75") in cents, or undefined. Commas may only group
 * thousands, so "5000,50" is refused rather than read as 500,050.
 */
export function parseDollars(text: string): number | undefined {
  const cleaned = text.replace(/[\s$]/g, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(cleaned) && !/^\.\d{1,2}$/.test(cleaned)) return undefined;
  const [whole = '', fraction = ''] = cleaned.replace(/,/g, '').split('.');
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
}

/** The form checked: the plan's input when every field is right, and the reason for each wrong field. */
export function readBuyInForm(form: BuyInForm): { input?: BuyInInput; errors: Partial<Record<BuyInField, BuyInFieldError>> } {
  const errors: Partial<Record<BuyInField, BuyInFieldError>> = {};
  const buyIn = parseDollars(form.buyIn);
  if (buyIn === undefined) errors.buyIn = 'amount';
  else if (buyIn === 0) errors.buyIn = 'positive';
  else if (buyIn > MAX_BUY_IN_CENTS) errors.buyIn = 'tooLarge';

  const downPayment = form.downPayment.trim() === '' ? 0 : parseDollars(form.downPayment);
  if (downPayment === undefined) errors.downPayment = 'amount';
  else if (downPayment > MAX_BUY_IN_CENTS) errors.downPayment = 'tooLarge';

  let periods = 0;
  let payment = 0;
  if (form.given === 'periods') {
    periods = /^\s*\d+\s*$/.test(form.periods) ? Number(form.periods) : Number.NaN;
    if (!(periods >= 1 && periods <= MAX_PERIODS)) errors.periods = 'wholeNumber';
  } else {
    const parsed = parseDollars(form.payment);
    if (parsed === undefined) errors.payment = 'amount';
    else if (parsed === 0) errors.payment = 'positive';
    else if (buyIn !== undefined && downPayment !== undefined && Math.ceil(Math.max(0, buyIn - downPayment) / parsed) > MAX_PERIODS) errors.payment = 'tooManyPeriods';
    payment = parsed ?? 0;
  }

  const start = form.start.trim();
  if (start !== '' && parseIsoDate(start) === undefined) errors.start = 'date';

  if (Object.keys(errors).length > 0 || buyIn === undefined || downPayment === undefined) return { errors };
  const base = { buyIn, downPayment, frequency: form.frequency, ...(start === '' ? {} : { start }) };
  return { input: form.given === 'periods' ? { ...base, given: 'periods', periods } : { ...base, given: 'payment', payment }, errors };
}

/** A form read back from a page address, or undefined when it is not one. Unknown or odd fields take the defaults. */
export function acceptBuyInForm(raw: unknown): BuyInForm | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const text = (key: keyof BuyInForm): string => {
    const value = record[key];
    return (typeof value === 'string' || typeof value === 'number') && String(value).length <= 40 ? String(value) : (DEFAULT_BUY_IN_FORM[key] as string);
  };
  const frequency = PAY_FREQUENCIES.find((candidate) => candidate === record.frequency) ?? DEFAULT_BUY_IN_FORM.frequency;
  const given = record.given === 'payment' || record.given === 'periods' ? record.given : DEFAULT_BUY_IN_FORM.given;
  return { buyIn: text('buyIn'), downPayment: text('downPayment'), frequency, given, periods: text('periods'), payment: text('payment'), start: text('start') };
}

// ---------------------------------------------------------------------------------------------------
// CSV

/** The column titles and the name of the down payment row, in the page's language. */
export interface BuyInCsvLabels {
  period: string;
  date: string;
  payment: string;
  paid: string;
  balance: string;
  downPayment: string;
}

/** Cents as a plain number of dollars with two decimals ("173.08"), which every spreadsheet reads. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/**
 * The schedule as CSV (RFC 4180): UTF-8 with a byte-order mark, CRLF line ends. A first row holds the
 * down payment when there is one; the date column is there only when the plan has dates.
 */
export function buyInCsv(plan: BuyInPlan, labels: BuyInCsvLabels): string {
  const withDates = plan.schedule.some((row) => row.date !== undefined);
  const line = (first: string, date: string | undefined, payment: number, paid: number, balance: number) =>
    withDates ? [first, date ?? '', centsToDecimal(payment), centsToDecimal(paid), centsToDecimal(balance)] : [first, centsToDecimal(payment), centsToDecimal(paid), centsToDecimal(balance)];
  const header = withDates ? [labels.period, labels.date, labels.payment, labels.paid, labels.balance] : [labels.period, labels.payment, labels.paid, labels.balance];
  const rows = [header];
  if (plan.downPayment > 0) rows.push(line(labels.downPayment, undefined, plan.downPayment, plan.downPayment, plan.buyIn - plan.downPayment));
  for (const row of plan.schedule) rows.push(line(String(row.period), row.date, row.payment, row.paid, row.balance));
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ })}`;
}
