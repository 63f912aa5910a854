import { describe, expect, it } from 'vitest';
import { acceptReadiness, readinessRecommendations, scoreFactor, scoreReadiness, type Answers } from './readiness';
import { PRINT_SHOP } from './readiness-example';
import { readinessFactor as factorOf, type FactorId } from './readiness-model';
import { readinessData } from './readiness-questions';

const DATA = readinessData('en');
const readinessFactor = (id: FactorId) => factorOf(DATA, id);

describe('scoreFactor', () => {
  it('adds the points of the answered questions and bands the factor by their average', () => {
    expect(scoreFactor(readinessFactor('owner'), PRINT_SHOP)).toEqual({
      factor: 'owner',
      band: 'gap',
      points: 9,
      maxPoints: 15,
      questions: 5,
      answered: 5,
      unsure: 0,
      keyBarrier: false,
    });
    expect(scoreFactor(readinessFactor('finance'), PRINT_SHOP)).toMatchObject({ band: 'strength', points: 10, maxPoints: 15 });
    expect(scoreFactor(readinessFactor('management'), PRINT_SHOP)).toMatchObject({ band: 'barrier', points: 2, maxPoints: 15, keyBarrier: false });
    expect(scoreFactor(readinessFactor('culture'), PRINT_SHOP)).toMatchObject({ band: 'gap', points: 7, maxPoints: 12, questions: 4 });
  });

  it('leaves "not sure" out of the points, and asks for more answers when fewer than half are answered', () => {
    expect(scoreFactor(readinessFactor('workforce'), PRINT_SHOP)).toEqual({
      factor: 'workforce',
      band: 'unknown',
      points: 4,
      maxPoints: 6,
      questions: 5,
      answered: 2,
      unsure: 3,
      keyBarrier: false,
    });
    // Two answers of four are enough: 3 + 2 = 5 of 6, average 2.5.
    expect(scoreFactor(readinessFactor('culture'), { 'culture-trust': 3, 'culture-numbers': 2 })).toMatchObject({ band: 'strength', points: 5, maxPoints: 6, answered: 2 });
    expect(scoreFactor(readinessFactor('owner'), {})).toMatchObject({ band: 'unknown', points: 0, maxPoints: 0, answered: 0 });
  });

  it('puts the limits of the bands at an average of exactly 2 and exactly 1', () => {
    const finance = readinessFactor('finance');
    // 2+2+2+2+1 = 9 of 15 (1.8): a gap; 2+2+2+2+2 = 10 (2.0): a strength.
    const answers = (values: number[]): Answers => Object.fromEntries(finance.questions.map((question, index) => [question.id, values[index] as 0 | 1 | 2 | 3]));
    expect(scoreFactor(finance, answers([2, 2, 2, 2, 1])).band).toBe('gap');
    expect(scoreFactor(finance, answers([2, 2, 2, 2, 2])).band).toBe('strength');
    // 1+1+1+1+1 = 5 (1.0): a gap; 1+1+1+1+0 = 4 (0.8): a serious barrier.
    expect(scoreFactor(finance, answers([1, 1, 1, 1, 1])).band).toBe('gap');
    expect(scoreFactor(finance, answers([1, 1, 1, 1, 0])).band).toBe('barrier');
  });

  it('makes the lowest answer to a key question a serious barrier, however strong the rest', () => {
    const owner = { 'owner-interest': 3, 'owner-timeline': 0, 'owner-goals': 3, 'owner-price': 3, 'owner-role': 3 } as const;
    expect(scoreFactor(readinessFactor('owner'), owner)).toMatchObject({ band: 'barrier', points: 12, maxPoints: 15, keyBarrier: true });
    // A key question alone is enough, even before half the questions are answered.
    expect(scoreFactor(readinessFactor('finance'), { 'finance-profit': 0 })).toMatchObject({ band: 'barrier', keyBarrier: true });
    // The lowest answer to a question that is not key counts only through the average.
    expect(scoreFactor(readinessFactor('owner'), { ...owner, 'owner-timeline': 3, 'owner-interest': 0 }).band).toBe('strength');
  });
});

describe('scoreReadiness', () => {
  it('gives the print shop an overall "not yet", with its counts', () => {
    const result = scoreReadiness(DATA, PRINT_SHOP);
    expect(result.factors.map((factor) => factor.band)).toEqual(['gap', 'strength', 'barrier', 'unknown', 'gap']);
    expect(result.counts).toEqual({ barrier: 1, unknown: 1, gap: 2, strength: 1 });
    expect(result.overall).toBe('not-yet');
    expect(result.answered).toBe(24);
    expect(result.total).toBe(24);
  });

  it('goes from "start" to "find out", "getting ready" and "ready" as the answers change', () => {
    expect(scoreReadiness(DATA, {}).overall).toBe('start');
    expect(scoreReadiness(DATA, { 'owner-interest': 'unsure' })).toMatchObject({ overall: 'find-out', answered: 1 });
    const allThrees: Answers = Object.fromEntries(Object.keys(PRINT_SHOP).map((id) => [id, 3]));
    expect(scoreReadiness(DATA, allThrees).overall).toBe('ready');
    expect(scoreReadiness(DATA, { ...allThrees, 'owner-goals': 0, 'owner-price': 0 }).overall).toBe('getting-ready');
  });
});

describe('readinessRecommendations', () => {
  it('lists the low, "not sure" and needed answers, most urgent factor first', () => {
    const groups = readinessRecommendations(DATA, scoreReadiness(DATA, PRINT_SHOP), PRINT_SHOP);
    expect(groups.map((group) => [group.factor, group.band, group.steps.map((step) => step.question)])).toEqual([
      ['management', 'barrier', ['management-tasks', 'management-relationships', 'management-manager', 'management-written', 'management-plan']],
      ['workforce', 'unknown', ['workforce-told', 'workforce-interest', 'workforce-leaders', 'workforce-learning']],
      ['owner', 'gap', ['owner-goals', 'owner-price']],
      ['culture', 'gap', ['culture-numbers']],
      ['finance', 'strength', ['finance-customers']],
    ]);
    expect(groups[0]!.standards).toEqual(['CONV-06', 'FORM-07', 'FEAS-06', 'GOV-06']);
    expect(groups[0]!.lessons).toEqual(['curricula/conversion-practitioner/culture-after-close']);
  });

  it('adds the open questions of a started factor that needs more answers, and nothing for a strong or untouched one', () => {
    const answers: Answers = { 'culture-trust': 3, 'owner-interest': 3, 'owner-timeline': 3, 'owner-goals': 2 };
    const groups = readinessRecommendations(DATA, scoreReadiness(DATA, answers), answers);
    expect(groups.map((group) => [group.factor, group.band])).toEqual([['culture', 'unknown']]);
    expect(groups[0]!.steps).toEqual([
      { question: 'culture-numbers', answer: undefined },
      { question: 'culture-participation', answer: undefined },
      { question: 'culture-inclusion', answer: undefined },
    ]);
    expect(readinessRecommendations(DATA, scoreReadiness(DATA, {}), {})).toEqual([]);
  });
});

describe('acceptReadiness', () => {
  it('keeps good answers and drops answers to questions that do not exist', () => {
    expect(acceptReadiness(DATA, { business: 'Print shop', date: '2026-03-02', answers: { 'owner-interest': 2, 'finance-profit': 'unsure', 'old-question': 1 } })).toEqual({
      business: 'Print shop',
      date: '2026-03-02',
      answers: { 'owner-interest': 2, 'finance-profit': 'unsure' },
    });
  });

  it('refuses damaged or foreign values', () => {
    expect(acceptReadiness(DATA, null)).toBeUndefined();
    expect(acceptReadiness(DATA, { business: '', date: '', answers: [] })).toBeUndefined();
    expect(acceptReadiness(DATA, { business: '', date: '', answers: { 'owner-interest': 4 } })).toBeUndefined();
    expect(acceptReadiness(DATA, { business: '', date: '', answers: { 'owner-interest': 'maybe' } })).toBeUndefined();
    expect(acceptReadiness(DATA, { business: '', date: '2026-13-01', answers: {} })).toBeUndefined();
    expect(acceptReadiness(DATA, { business: 'x'.repeat(121), date: '', answers: {} })).toBeUndefined();
    expect(acceptReadiness(DATA, { date: '', answers: {} })).toBeUndefined();
  });
});
