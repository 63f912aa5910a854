import { describe, expect, it } from 'vitest';
import { datedFactViews } from './dated-facts-view';
import type { StandardRecord, TranslationRecord } from './model';

const url = 'https://www.law.cornell.edu/uscode/text/26/1042';
const standard = {
  id: 'CONV-04',
  sources: [{ title: '26 U.S. Code Section 1042', publisher: 'US Congress', year: 2024, checked: '2026-12-04', url }],
  dated_facts: [
    { fact: 'A change takes effect.', kind: 'takes-effect', date: '2028-01-01', review_by: '2027-06-30', source: url },
    { fact: 'A rule is pending.', kind: 'pending', review_by: '2027-03-01', source: url },
  ],
} as unknown as StandardRecord;

describe('datedFactViews', () => {
  it('gives each fact with its source, the day the source was checked and the review day', () => {
    expect(datedFactViews(standard, undefined, 'en', 'en')).toEqual([
      {
        fact: 'A change takes effect.',
        textLanguage: 'en',
        kind: 'takes-effect',
        date: '2028-01-01',
        reviewBy: '2027-06-30',
        source: { title: '26 U.S. Code Section 1042', url, checked: '2026-12-04' },
      },
      { fact: 'A rule is pending.', textLanguage: 'en', kind: 'pending', reviewBy: '2027-03-01', source: { title: '26 U.S. Code Section 1042', url, checked: '2026-12-04' } },
    ]);
  });

  it('uses the translated facts when the translation has every one of them', () => {
    const translation = { dated_facts: [{ fact: 'Un cambio entra en vigor.' }, { fact: 'Una regla está pendiente.' }] } as unknown as TranslationRecord;
    const views = datedFactViews(standard, translation, 'es', 'en');
    expect(views.map((view) => [view.fact, view.textLanguage])).toEqual([
      ['Un cambio entra en vigor.', 'es'],
      ['Una regla está pendiente.', 'es'],
    ]);
  });

  it('falls back to the English, marked as English, when the translation lacks some facts', () => {
    const translation = { dated_facts: [{ fact: 'Un cambio entra en vigor.' }] } as unknown as TranslationRecord;
    const views = datedFactViews(standard, translation, 'es', 'en');
    expect(views.map((view) => [view.fact, view.textLanguage])).toEqual([
      ['A change takes effect.', 'en'],
      ['A rule is pending.', 'en'],
    ]);
  });
});
