import { describe, expect, it } from 'vitest';
import { buyInCsv, planBuyIn, type BuyInCsvLabels, type PayFrequency } from './buy-in';
import { acceptBuyInForm, DEFAULT_BUY_IN_FORM, readBuyInForm } from './buy-in-form';
import { addDays, daysInMonth, parseIsoDate, payDate } from './calendar';
import { centsToDecimal, parseDollars } from './money';

const dates = (start: string, frequency: PayFrequency, count: number) => Array.from({ length: count }, (_, index) => payDate(start, frequency, index + 1));

describe('planBuyIn, given the number of pay periods', () => {
  it('spreads a $5,000 buy-in with $500 down over 26 pay periods, the last one taking the rounding', () => {
    // $5,000 - $500 = $4,500 = 450,000 cents. 450,000 / 26 = 17,307.69..., rounded up to 17,308 ($173.08).
    // 25 x 17,308 = 432,700, so the last payment is 450,000 - 432,700 = 17,300 ($173.00).
    // Total: 50,000 + 432,700 + 17,300 = 500,000 cents = $5,000.00 exactly.
    const plan = planBuyIn({ buyIn: 500_000, downPayment: 50_000, frequency: 'biweekly', given: 'periods', periods: 26 });
    expect(plan).toMatchObject({ buyIn: 500_000, downPayment: 50_000, financed: 450_000, periods: 26, payment: 17_308, lastPayment: 17_300, years: 1, warnings: [] });
    expect(plan.schedule).toHaveLength(26);
    // After the first deduction: paid 50,000 + 17,308 = 67,308; left 500,000 - 67,308 = 432,692.
    expect(plan.schedule[0]).toEqual({ period: 1, payment: 17_308, paid: 67_308, balance: 432_692 });
    // After the 25th: paid 50,000 + 432,700 = 482,700; left 17,300.
    expect(plan.schedule[24]).toEqual({ period: 25, payment: 17_308, paid: 482_700, balance: 17_300 });
    expect(plan.schedule[25]).toEqual({ period: 26, payment: 17_300, paid: 500_000, balance: 0 });
    expect(plan.schedule.reduce((sum, row) => sum + row.payment, plan.downPayment)).toBe(500_000);
  });

  it('rounds the regular payment up, so the last one is never the larger', () => {
    // $1,000 over 3 months: 100,000 / 3 = 33,333.33..., rounded up to 33,334.
    // 2 x 33,334 = 66,668, so the last is 100,000 - 66,668 = 33,332.
    const plan = planBuyIn({ buyIn: 100_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 3 });
    expect(plan.schedule.map((row) => row.payment)).toEqual([33_334, 33_334, 33_332]);
    expect(plan.schedule.map((row) => row.balance)).toEqual([66_666, 33_332, 0]);
  });

  it('gives equal payments when the amount divides evenly', () => {
    // $1,200 over 12 months: 120,000 / 12 = 10,000 ($100) each.
    const plan = planBuyIn({ buyIn: 120_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 12 });
    expect(new Set(plan.schedule.map((row) => row.payment))).toEqual(new Set([10_000]));
    expect(plan.lastPayment).toBe(10_000);
  });

  it('uses fewer periods when a tiny amount cannot fill them all with whole cents', () => {
    // $10.01 over 100 periods: 1,001 / 100 = 10.01, rounded up to 11 cents.
    // 1,001 / 11 = 91 exactly, so 91 payments of 11 cents pay it all; periods 92-100 are not needed.
    const plan = planBuyIn({ buyIn: 1_001, downPayment: 0, frequency: 'weekly', given: 'periods', periods: 100 });
    expect(plan.periods).toBe(91);
    expect(plan.schedule.at(-1)).toEqual({ period: 91, payment: 11, paid: 1_001, balance: 0 });
  });
});

describe('planBuyIn, given the payment per pay period', () => {
  it('finds 45 periods for $4,500 at $100 each', () => {
    // 450,000 / 10,000 = 45 exactly; the last payment is a full $100.
    const plan = planBuyIn({ buyIn: 500_000, downPayment: 50_000, frequency: 'biweekly', given: 'payment', payment: 10_000 });
    expect(plan).toMatchObject({ periods: 45, payment: 10_000, lastPayment: 10_000 });
    // 45 biweekly periods / 26 a year = 1.73 years.
    expect(plan.years).toBeCloseTo(45 / 26, 10);
    expect(plan.schedule.at(-1)).toEqual({ period: 45, payment: 10_000, paid: 500_000, balance: 0 });
  });

  it('ends with a smaller payment when the amount does not divide evenly', () => {
    // 450,000 / 13,000 = 34.6..., so 35 periods. 34 x 13,000 = 442,000; the last is 8,000 ($80).
    const plan = planBuyIn({ buyIn: 500_000, downPayment: 50_000, frequency: 'biweekly', given: 'payment', payment: 13_000 });
    expect(plan).toMatchObject({ periods: 35, payment: 13_000, lastPayment: 8_000 });
    expect(plan.schedule[33]?.balance).toBe(8_000);
  });

  it('pays in one period when the payment is more than what is left', () => {
    const plan = planBuyIn({ buyIn: 50_000, downPayment: 10_000, frequency: 'monthly', given: 'payment', payment: 100_000 });
    expect(plan).toMatchObject({ periods: 1, payment: 40_000, lastPayment: 40_000 });
    expect(plan.schedule).toEqual([{ period: 1, payment: 40_000, paid: 50_000, balance: 0 }]);
  });

  it('has no deductions when the down payment is the whole buy-in', () => {
    const plan = planBuyIn({ buyIn: 50_000, downPayment: 50_000, frequency: 'monthly', given: 'periods', periods: 12 });
    expect(plan).toMatchObject({ financed: 0, periods: 0, payment: 0, lastPayment: 0, schedule: [], warnings: [] });
  });

  it('refuses input the form should have caught', () => {
    expect(() => planBuyIn({ buyIn: 0, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 12 })).toThrow(RangeError);
    expect(() => planBuyIn({ buyIn: 100.5, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 12 })).toThrow(/whole number of cents/);
    expect(() => planBuyIn({ buyIn: 100_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 0 })).toThrow(/periods/);
    expect(() => planBuyIn({ buyIn: 100_000, downPayment: 0, frequency: 'monthly', given: 'payment', payment: 0 })).toThrow(/payment/);
    expect(() => planBuyIn({ buyIn: 100_000, downPayment: 0, frequency: 'monthly', given: 'payment', payment: 1 })).toThrow(/more than 520/);
    expect(() => planBuyIn({ buyIn: 100_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 2, start: '2025-02-29' })).toThrow(/yyyy-mm-dd/);
  });
});

describe('the warnings', () => {
  it('warns when the down payment is more than the buy-in, and counts only the buy-in', () => {
    // $1,200 down on a $1,000 buy-in: $200 (20,000 cents) too much; nothing is left to deduct.
    const plan = planBuyIn({ buyIn: 100_000, downPayment: 120_000, frequency: 'monthly', given: 'periods', periods: 12 });
    expect(plan.warnings).toEqual([{ code: 'downPaymentOverBuyIn', extra: 20_000 }]);
    expect(plan).toMatchObject({ downPayment: 100_000, financed: 0, periods: 0, schedule: [] });
  });

  it('warns when the deductions last more than three years, and not at three years exactly', () => {
    // $3,900 at $25 a week: 390,000 / 2,500 = 156 weeks = 3 years exactly: no warning.
    expect(planBuyIn({ buyIn: 390_000, downPayment: 0, frequency: 'weekly', given: 'payment', payment: 2_500 }).warnings).toEqual([]);
    // $5,000 at $25 a week: 500,000 / 2,500 = 200 weeks; 200 / 52 = 3.85 years.
    expect(planBuyIn({ buyIn: 500_000, downPayment: 0, frequency: 'weekly', given: 'payment', payment: 2_500 }).warnings).toEqual([{ code: 'longPlan', years: 200 / 52 }]);
    // Monthly: 36 periods is 3 years; 37 is more.
    expect(planBuyIn({ buyIn: 360_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 36 }).warnings).toEqual([]);
    expect(planBuyIn({ buyIn: 370_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 37 }).warnings).toEqual([{ code: 'longPlan', years: 37 / 12 }]);
    // Twice a month: 72 periods is 3 years (24 a year); 73 is more.
    expect(planBuyIn({ buyIn: 730_000, downPayment: 0, frequency: 'semimonthly', given: 'periods', periods: 73 }).warnings.map((warning) => warning.code)).toEqual(['longPlan']);
  });

  it('does not warn about length when the down payment leaves nothing to deduct', () => {
    const plan = planBuyIn({ buyIn: 100_000, downPayment: 100_001, frequency: 'weekly', given: 'periods', periods: 200 });
    expect(plan.warnings.map((warning) => warning.code)).toEqual(['downPaymentOverBuyIn']);
    // Nothing is left to deduct, so the plan has no length to warn about.
    expect(plan.years).toBe(0);
  });
});

describe('the date of each deduction', () => {
  it('adds 7 days a week', () => {
    // Friday 2025-01-03, then every Friday; 52 weeks later (364 days) is 2026-01-02.
    expect(dates('2025-01-03', 'weekly', 5)).toEqual(['2025-01-03', '2025-01-10', '2025-01-17', '2025-01-24', '2025-01-31']);
    expect(payDate('2025-01-03', 'weekly', 53)).toBe('2026-01-02');
  });

  it('adds 14 days every two weeks, across month, year and leap day', () => {
    expect(dates('2025-12-26', 'biweekly', 3)).toEqual(['2025-12-26', '2026-01-09', '2026-01-23']);
    // 2024 is a leap year: Feb 16 + 14 days = Feb 30 -> Feb has 29 days -> Mar 1.
    expect(payDate('2024-02-16', 'biweekly', 2)).toBe('2024-03-01');
    // In 2025, Feb has 28 days: Feb 16 + 14 = Mar 2.
    expect(payDate('2025-02-16', 'biweekly', 2)).toBe('2025-03-02');
  });

  it('keeps the day of the month, moved to the last day of a short month, without drifting', () => {
    expect(dates('2025-01-31', 'monthly', 5)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    expect(dates('2024-01-31', 'monthly', 3)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(payDate('2025-01-31', 'monthly', 13)).toBe('2026-01-31');
    expect(dates('2025-11-15', 'monthly', 3)).toEqual(['2025-11-15', '2025-12-15', '2026-01-15']);
  });

  it('pays twice a month on two days 14 days apart, set by the start date', () => {
    // A start on the 1st: the 1st and the 15th.
    expect(dates('2025-01-01', 'semimonthly', 4)).toEqual(['2025-01-01', '2025-01-15', '2025-02-01', '2025-02-15']);
    // A start on the 15th is the second day of the pair: again the 1st and the 15th.
    expect(dates('2025-01-15', 'semimonthly', 4)).toEqual(['2025-01-15', '2025-02-01', '2025-02-15', '2025-03-01']);
    // A start on the 10th: the 10th and the 24th.
    expect(dates('2025-01-10', 'semimonthly', 3)).toEqual(['2025-01-10', '2025-01-24', '2025-02-10']);
    // A start on the 30th: the 16th and the 30th; February has no 30th, so its last day.
    expect(dates('2025-01-30', 'semimonthly', 5)).toEqual(['2025-01-30', '2025-02-16', '2025-02-28', '2025-03-16', '2025-03-30']);
    // A start on Dec 31: the 17th and the 31st, into the next year.
    expect(dates('2025-12-31', 'semimonthly', 5)).toEqual(['2025-12-31', '2026-01-17', '2026-01-31', '2026-02-17', '2026-02-28']);
  });

  it('puts the dates in the schedule when there is a start date', () => {
    const plan = planBuyIn({ buyIn: 90_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 3, start: '2025-01-31' });
    expect(plan.schedule.map((row) => row.date)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
  });

  it('knows the Gregorian calendar', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2000, 2), daysInMonth(2100, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual([29, 28, 29, 28, 30, 31]);
    expect(addDays('1999-12-31', 1)).toBe('2000-01-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2025-2-3')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    // The day arithmetic agrees with the calendar of JavaScript's Date (read in UTC) on every day of 1999-2001.
    for (let offset = 0; offset < 3 * 366; offset += 1) {
      expect(addDays('1999-01-01', offset)).toBe(new Date(Date.UTC(1999, 0, 1 + offset)).toISOString().slice(0, 10));
    }
  });
});

describe('reading the form', () => {
  const form = (change: Partial<typeof DEFAULT_BUY_IN_FORM>) => ({ ...DEFAULT_BUY_IN_FORM, ...change });

  it('reads dollars as people type them', () => {
    expect(parseDollars('5000')).toBe(500_000);
    expect(parseDollars('5,000.50')).toBe(500_050);
    expect(parseDollars('$ 75.5')).toBe(7_550);
    expect(parseDollars('.25')).toBe(25);
    expect(parseDollars('5000,50')).toBeUndefined();
    expect(parseDollars('-5')).toBeUndefined();
    expect(parseDollars('1.005')).toBeUndefined();
    expect(parseDollars('abc')).toBeUndefined();
    expect(parseDollars('')).toBeUndefined();
  });

  it('turns the default form into a plan input', () => {
    expect(readBuyInForm(DEFAULT_BUY_IN_FORM)).toEqual({ input: { buyIn: 500_000, downPayment: 50_000, frequency: 'biweekly', given: 'periods', periods: 26 }, errors: {} });
    expect(readBuyInForm(form({ given: 'payment', payment: '100', downPayment: '', start: '2025-03-07' })).input).toEqual({
      buyIn: 500_000,
      downPayment: 0,
      frequency: 'biweekly',
      given: 'payment',
      payment: 10_000,
      start: '2025-03-07',
    });
  });

  it('names each wrong field and why', () => {
    expect(readBuyInForm(form({ buyIn: 'abc' }))).toEqual({ errors: { buyIn: 'amount' } });
    expect(readBuyInForm(form({ buyIn: '0' })).errors).toEqual({ buyIn: 'positive' });
    expect(readBuyInForm(form({ buyIn: '1000000.01' })).errors).toEqual({ buyIn: 'tooLarge' });
    expect(readBuyInForm(form({ downPayment: '-5' })).errors).toEqual({ downPayment: 'amount' });
    expect(readBuyInForm(form({ periods: '0' })).errors).toEqual({ periods: 'wholeNumber' });
    expect(readBuyInForm(form({ periods: '2.5' })).errors).toEqual({ periods: 'wholeNumber' });
    expect(readBuyInForm(form({ periods: '521' })).errors).toEqual({ periods: 'wholeNumber' });
    expect(readBuyInForm(form({ given: 'payment', payment: '0' })).errors).toEqual({ payment: 'positive' });
    // $4,500 at 1 cent a period is 450,000 periods.
    expect(readBuyInForm(form({ given: 'payment', payment: '0.01' })).errors).toEqual({ payment: 'tooManyPeriods' });
    expect(readBuyInForm(form({ start: '2025-02-30' })).errors).toEqual({ start: 'date' });
    // Only the chosen way of planning is checked.
    expect(readBuyInForm(form({ given: 'payment', periods: 'x' })).errors).toEqual({});
  });

  it('reads a form back from a page address, refusing what is not one', () => {
    expect(acceptBuyInForm({ ...DEFAULT_BUY_IN_FORM, frequency: 'monthly', start: '2025-01-31' })).toEqual({ ...DEFAULT_BUY_IN_FORM, frequency: 'monthly', start: '2025-01-31' });
    expect(acceptBuyInForm({ buyIn: 3000, frequency: 'daily', given: 'x' })).toEqual({ ...DEFAULT_BUY_IN_FORM, buyIn: '3000' });
    expect(acceptBuyInForm({ buyIn: 'x'.repeat(41) })).toEqual(DEFAULT_BUY_IN_FORM);
    expect(acceptBuyInForm(null)).toBeUndefined();
    expect(acceptBuyInForm([1, 2])).toBeUndefined();
    expect(acceptBuyInForm('5000')).toBeUndefined();
  });
});

describe('buyInCsv', () => {
  const spanish: BuyInCsvLabels = { period: 'Pago n.º', date: 'Fecha', payment: 'Pago', paid: 'Total pagado', balance: 'Saldo pendiente', downPayment: 'Pago inicial' };

  it('writes the down payment and each deduction, with dates, in the page language', () => {
    // $1,000 with $100 down: $900 over 3 months = $300 each, from Jan 31.
    const plan = planBuyIn({ buyIn: 100_000, downPayment: 10_000, frequency: 'monthly', given: 'periods', periods: 3, start: '2025-01-31' });
    expect(buyInCsv(plan, spanish)).toBe(
      '\uFEFF' +
        'Pago n.º,Fecha,Pago,Total pagado,Saldo pendiente\r\n' +
        'Pago inicial,,100.00,100.00,900.00\r\n' +
        '1,2025-01-31,300.00,400.00,600.00\r\n' +
        '2,2025-02-28,300.00,700.00,300.00\r\n' +
        '3,2025-03-31,300.00,1000.00,0.00\r\n',
    );
  });

  it('leaves out the date column and the down payment row when there are none, and quotes commas', () => {
    const plan = planBuyIn({ buyIn: 100_000, downPayment: 0, frequency: 'monthly', given: 'periods', periods: 3 });
    const csv = buyInCsv(plan, { ...spanish, period: 'Pago, número' });
    expect(csv.split('\r\n')).toEqual(['\uFEFF"Pago, número",Pago,Total pagado,Saldo pendiente', '1,333.34,333.34,666.66', '2,333.34,666.68,333.32', '3,333.32,1000.00,0.00', '']);
  });

  it('writes cents as dollars with two decimals', () => {
    expect([centsToDecimal(0), centsToDecimal(5), centsToDecimal(17_308), centsToDecimal(100_000_000), centsToDecimal(-250)]).toEqual([
      '0.00',
      '0.05',
      '173.08',
      '1000000.00',
      '-2.50',
    ]);
  });
});
