/** The buy-in planner's form: what a person typed, checked field by field, and read back from a link. */
import { MAX_BUY_IN_CENTS, MAX_PERIODS, PAY_FREQUENCIES, type BuyInInput, type PayFrequency } from './buy-in';
import { parseIsoDate } from './calendar';
import { parseDollars } from './money';

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
