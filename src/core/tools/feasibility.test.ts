import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptFeasibilityForm, defaultFeasibilityForm, overallResult, type FeasibilityForm, type Rating } from './feasibility';
import { CRITERION_KEYS, type CriterionKey } from './feasibility-criteria';
import { decodeToolState, encodeToolState } from './state-codec';
import { projectToolDataIn } from '../tool-data/project';

const FEASIBILITY = projectToolDataIn('en').feasibility;

/** A worksheet with the given ratings; every other criterion is rated ready. */
function rated(ratings: Partial<Record<CriterionKey, Rating>>, change: (form: FeasibilityForm) => void = () => {}): FeasibilityForm {
  const form = defaultFeasibilityForm(FEASIBILITY);
  for (const key of CRITERION_KEYS) form.criteria[key].rating = ratings[key] ?? 'ready';
  change(form);
  return form;
}

describe('the criteria', () => {
  it('cover the market, the members, management, capital, pricing, legal needs and risks, each tied to standards and a lesson', () => {
    expect(FEASIBILITY.criteria.map((criterion) => criterion.key)).toEqual(['market', 'commitment', 'management', 'capital', 'pricing', 'legal', 'risks']);
    for (const criterion of FEASIBILITY.criteria) {
      expect(criterion.standards.length).toBeGreaterThan(0);
      for (const id of criterion.standards) expect(id).toMatch(/^[A-Z]+-\d{2,3}$/);
      expect(criterion.lessons.length).toBeGreaterThan(0);
    }
    expect(FEASIBILITY.criteria.find((criterion) => criterion.key === 'pricing')?.standards[0]).toBe('FEAS-02');
  });

  it('point at active standards and at lessons that exist in the library', () => {
    const root = path.resolve(__dirname, '../../..');
    const standardFiles = fs.readdirSync(path.join(root, 'standards'), { recursive: true, encoding: 'utf8' });
    for (const id of FEASIBILITY.criteria.flatMap((criterion) => criterion.standards)) {
      const file = standardFiles.find((name) => path.basename(name) === `${id}.yaml` && !name.startsWith('i18n'));
      expect(file, id).toBeDefined();
      expect(fs.readFileSync(path.join(root, 'standards', file!), 'utf8')).toMatch(/^status: active$/m);
    }
    for (const lesson of FEASIBILITY.criteria.flatMap((criterion) => criterion.lessons)) {
      const [curriculum, slug] = lesson.split('/');
      const files = fs.readdirSync(path.join(root, 'docs/curricula', curriculum!));
      expect(
        files.some((name) => name.replace(/^\d+-/, '') === `${slug}.mdx`),
        lesson,
      ).toBe(true);
    }
  });

  it('have a name and a question in English and Spanish, with the same facts in both', () => {
    const spanish = projectToolDataIn('es').feasibility;
    expect(FEASIBILITY.translation.status).toBe('source');
    expect(spanish.translation.status).toBe('translated');
    expect(FEASIBILITY.criteria.find((criterion) => criterion.key === 'pricing')?.name).toBe('Pricing and break-even');
    expect(spanish.criteria.find((criterion) => criterion.key === 'pricing')?.name).toBe('Precios y punto de equilibrio');
    FEASIBILITY.criteria.forEach((criterion, index) => {
      const translated = spanish.criteria[index]!;
      expect(translated.key).toBe(criterion.key);
      expect({ ...translated, name: '', question: '' }).toEqual({ ...criterion, name: '', question: '' });
      for (const field of ['name', 'question'] as const) {
        expect(criterion[field].trim(), `${criterion.key}.${field}`).not.toBe('');
        expect(translated[field], `${criterion.key}.${field}`).not.toBe(criterion[field]);
      }
    });
  });

  it('start blank: nothing rated, market, commitment, capital and pricing marked as must-haves, no decision', () => {
    const form = defaultFeasibilityForm(FEASIBILITY);
    expect(CRITERION_KEYS.filter((key) => form.criteria[key].mustHave)).toEqual(['market', 'commitment', 'capital', 'pricing']);
    expect(CRITERION_KEYS.every((key) => form.criteria[key].rating === 'unrated')).toBe(true);
    expect(form.decision.choice).toBe('none');
  });
});

describe('overallResult', () => {
  it('says "not yet" as soon as a must-have criterion is not ready, even with others unrated', () => {
    const form = defaultFeasibilityForm(FEASIBILITY);
    form.criteria.capital.rating = 'not-ready';
    const result = overallResult(form);
    expect(result.outcome).toBe('not-yet');
    expect(result.mustHaveNotReady).toEqual(['capital']);
    expect(result.unrated).toHaveLength(6);
  });

  it('says "not yet" when two criteria are not ready, even if neither is a must-have', () => {
    expect(overallResult(rated({ legal: 'not-ready', risks: 'not-ready' })).outcome).toBe('not-yet');
  });

  it('waits for every criterion to be rated before it says anything but "not yet"', () => {
    const result = overallResult(rated({}, (form) => (form.criteria.risks.rating = 'unrated')));
    expect(result.outcome).toBe('incomplete');
    expect(result.unrated).toEqual(['risks']);
    expect(overallResult(defaultFeasibilityForm(FEASIBILITY)).outcome).toBe('incomplete');
  });

  it('says "go only with conditions" for any "needs work", or for one "not ready" that is not a must-have', () => {
    expect(overallResult(rated({ market: 'needs-work', legal: 'needs-work' }))).toEqual({
      outcome: 'with-conditions',
      mustHaveNotReady: [],
      notReady: [],
      needsWork: ['market', 'legal'],
      unrated: [],
    });
    expect(overallResult(rated({ risks: 'not-ready' })).outcome).toBe('with-conditions');
  });

  it('says "ready" only when every criterion is ready', () => {
    expect(overallResult(rated({})).outcome).toBe('ready');
  });

  it('follows the must-haves the group chose', () => {
    expect(overallResult(rated({ legal: 'not-ready' })).outcome).toBe('with-conditions');
    expect(overallResult(rated({ legal: 'not-ready' }, (form) => (form.criteria.legal.mustHave = true))).outcome).toBe('not-yet');
    expect(overallResult(rated({ pricing: 'not-ready' }, (form) => (form.criteria.pricing.mustHave = false))).outcome).toBe('with-conditions');
  });
});

describe('acceptFeasibilityForm', () => {
  it('reads back a worksheet shared in a link, unchanged', () => {
    const form = rated({ market: 'needs-work' }, (draft) => {
      draft.title = 'Sunrise Cleaning Co-op';
      draft.criteria.market.evidence = '12 letters of intent; 3 paid test jobs';
      draft.breakEven = { unit: 'hour of cleaning', fixedCosts: '24,000', price: '48', variableCost: '', expectedUnits: '600' };
      draft.decision = {
        choice: 'revisit',
        meetingDate: '2026-03-14',
        revisitDate: '2026-05-02',
        present: 'Ana\nLuis',
        votesFor: '2',
        votesAgainst: '0',
        votesAbstain: '0',
        conditions: 'Get two more letters of intent.',
      };
    });
    const search = `?${new URLSearchParams({ s: encodeToolState(form) }).toString()}`;
    expect(decodeToolState(search, (raw) => acceptFeasibilityForm(FEASIBILITY, raw))).toEqual(form);
  });

  it('refuses what is not a worksheet', () => {
    for (const raw of [null, 'text', [], { title: 'x' }, { criteria: [] }]) expect(acceptFeasibilityForm(FEASIBILITY, raw)).toBeUndefined();
  });

  it('gives odd, missing or too long fields their blank value and drops extra fields', () => {
    const form = acceptFeasibilityForm(FEASIBILITY, {
      title: 'x'.repeat(500),
      criteria: { market: { rating: 'great', mustHave: 'yes', bar: 42, evidence: 'Signed orders' }, legal: { rating: 'not-ready', mustHave: true }, extra: {} },
      decision: { choice: 'maybe', present: 'Ana', votesFor: 3 },
      hacked: true,
    });
    const blank = defaultFeasibilityForm(FEASIBILITY);
    expect(form?.title).toBe('');
    expect(form?.criteria.market).toEqual({ rating: 'unrated', mustHave: true, bar: '', evidence: 'Signed orders' });
    expect(form?.criteria.legal).toEqual({ rating: 'not-ready', mustHave: true, bar: '', evidence: '' });
    expect(form?.criteria.risks).toEqual(blank.criteria.risks);
    expect(form?.breakEven).toEqual(blank.breakEven);
    expect(form?.decision).toEqual({ ...blank.decision, present: 'Ana' });
    expect(form).not.toHaveProperty('hacked');
    expect(form?.criteria).not.toHaveProperty('extra');
  });
});
