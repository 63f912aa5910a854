/**
 * Calendar dates (yyyy-mm-dd) worked out with day counts only: no clock, no time zone, so a date is
 * the same on every machine. Used by the buy-in plan to date each pay period.
 */
import type { PayFrequency } from './buy-in';

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
