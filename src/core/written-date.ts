/**
 * A day written in words ("December 3, 2026", "3 de diciembre de 2026") from the page's own
 * translated month names, without the browser's date formats: a phone spends about a tenth of a
 * second getting those ready the first time a page uses one, and every doc page shows a date.
 */
export interface DateWords {
  /** The twelve month names, January first. */
  readonly months: readonly string[];
  /** How the language orders a date, with {day}, {month} and {year}. */
  readonly pattern: string;
}

/** The day of a moment (milliseconds since 1970), in universal time so it is the same everywhere. */
export function writtenDate(timestamp: number, words: DateWords): string {
  const moment = new Date(timestamp);
  const parts: Record<string, string> = {
    day: String(moment.getUTCDate()),
    month: words.months[moment.getUTCMonth()] ?? '',
    year: String(moment.getUTCFullYear()),
  };
  return words.pattern.replace(/\{(day|month|year)\}/g, (_, name: string) => parts[name] ?? '');
}
