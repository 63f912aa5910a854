import { describe, expect, it } from 'vitest';
import { formatContentError } from '../errors';
import { loadLibrary } from '../load';
import { buildCaseLibrary } from '../../../tests/support/fixtures';
import { todayInUtc } from './dated-facts';

describe('facts due for review', () => {
  const root = buildCaseLibrary('dated-facts-unchecked');

  it('warns about a fact whose review-by day has passed, at the line of review_by', () => {
    const { warnings } = loadLibrary(root, { today: '2026-12-04' });
    expect(warnings.map(formatContentError)).toEqual([
      'standards/finance/FIN-01.yaml:26:16  warning: dated_facts[0].review_by: this fact was due for review on 2020-06-30 (check the fact against its source; then update the text if the law has changed, set checked on the source to today, and set a new review_by)',
    ]);
  });

  it('says nothing while the review-by day has not come', () => {
    const { warnings } = loadLibrary(root, { today: '2020-06-30' });
    expect(warnings).toEqual([]);
  });

  it('reads today from the clock in universal time', () => {
    expect(todayInUtc(new Date('2026-12-04T23:30:00-05:00'))).toBe('2026-12-05');
  });
});
