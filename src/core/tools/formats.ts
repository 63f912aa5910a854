/**
 * Money, number and date formats for the tools, in the page's language. A browser spends a long
 * moment on its first number or date format (it loads the language's rules), and each later one
 * still costs something; a tool draws again at every key press. So each format is made once per
 * language and kept, and the date format only when a tool shows a date. The hook that gives a tool its
 * page's formats is src/components/tools/useToolFormats.ts.
 */
export interface ToolFormats {
  /** An amount in cents, as dollars: "$1,234.50". */
  money(cents: number): string;
  /** A number with at most `digits` decimals (none unless asked). */
  number(value: number, digits?: number): string;
  /** A percent given as 0 to 100, with at most two decimals: "12.5%". */
  percent(value: number): string;
  /** A day given as YYYY-MM-DD, written in the page's language: "Jan 31, 2025". */
  date(iso: string): string;
}

const kept = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function keptFormat<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = kept.get(key) as T | undefined;
  if (format === undefined) kept.set(key, (format = make()));
  return format;
}

export function toolFormats(locale: string): ToolFormats {
  const numbers = (name: string, options: Intl.NumberFormatOptions) => keptFormat(`${locale} ${name}`, () => new Intl.NumberFormat(locale, options));
  return {
    money: (cents) => numbers('money', { style: 'currency', currency: 'USD' }).format(cents / 100),
    number: (value, digits = 0) => numbers(`number ${digits}`, { maximumFractionDigits: digits }).format(value),
    percent: (value) => numbers('percent', { style: 'percent', maximumFractionDigits: 2 }).format(value / 100),
    date: (iso) => keptFormat(`${locale} date`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`)),
  };
}
