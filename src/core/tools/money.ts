/**
 * Money in the tools: counted in whole cents so that totals add up exactly, read from what people type,
 * and written as plain decimals that every spreadsheet reads.
 */

// Amounts computed in floating point may land a hair away from a whole number (0.07 * 100 is
// 7.000000000000001); this tolerance, far below a cent, keeps such values on the right cent.
export const TOLERANCE = 1e-6;

/** Dollars to whole cents, rounding half a cent away from zero. */
export function toCents(dollars: number): number {
  const cents = Math.round(Math.abs(dollars * 100) + TOLERANCE);
  return dollars < 0 ? -cents : cents;
}

/** Whole cents to dollars. */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** Cents as a plain number of dollars with two decimals ("173.08"), which every spreadsheet reads. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

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
