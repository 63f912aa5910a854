/**
 * The page's words for writing a day (src/core/written-date.ts): translated month names and the
 * language's order of day, month and year. One place, so that every date on the site reads the same.
 */
import { translate } from '@docusaurus/Translate';
import type { DateWords } from '@site/src/core/written-date';

export function dateWords(): DateWords {
  return {
    months: translate({ id: 'theme.lastUpdated.months', message: 'January|February|March|April|May|June|July|August|September|October|November|December' }).split('|'),
    pattern: translate({ id: 'theme.lastUpdated.datePattern', message: '{month} {day}, {year}' }),
  };
}
