import { describe, expect, it } from 'vitest';
import { defaultFeasibilityForm, type DecisionForm } from './feasibility';
import { parseCount, presentNames, readBreakEven, readDecision } from './feasibility-form';
import { projectToolDataIn } from '../tool-data/project';

const FEASIBILITY = projectToolDataIn('en').feasibility;

const blankBreakEven = defaultFeasibilityForm(FEASIBILITY).breakEven;
const blankDecision = defaultFeasibilityForm(FEASIBILITY).decision;
const decision = (change: Partial<DecisionForm>): DecisionForm => ({ ...blankDecision, ...change });

describe('readBreakEven', () => {
  it('gives no result and no error before anything is typed', () => {
    expect(readBreakEven(blankBreakEven)).toEqual({ empty: true, errors: {} });
  });

  it('reads amounts as people type them, and an empty variable cost as zero', () => {
    const reading = readBreakEven({ ...blankBreakEven, fixedCosts: '$24,000', price: '48.00', expectedUnits: ' 600 ' });
    expect(reading.errors).toEqual({});
    expect(reading.result?.units).toBe(500);
    expect(reading.result?.resultAtExpectedCents).toBe(480_000);
  });

  it('names what is wrong with each field', () => {
    const reading = readBreakEven({ unit: '', fixedCosts: '24000,50', price: '0', variableCost: 'ten', expectedUnits: '12.5' });
    expect(reading.errors).toEqual({ fixedCosts: 'amount', price: 'positive', variableCost: 'amount', expectedUnits: 'wholeNumber' });
    expect(reading.result).toBeUndefined();
    expect(readBreakEven({ ...blankBreakEven, fixedCosts: '10,000,000.01', price: '5', expectedUnits: '0' }).errors).toEqual({ fixedCosts: 'tooLarge', expectedUnits: 'positive' });
    expect(readBreakEven({ ...blankBreakEven, fixedCosts: 'abc', price: '5' }).errors).toEqual({ fixedCosts: 'amount' });
  });

  it('waits, without an error, for an amount not filled in yet', () => {
    expect(readBreakEven({ ...blankBreakEven, fixedCosts: '24000' })).toEqual({ empty: false, errors: {} });
  });

  it('reports when the price does not beat the variable cost', () => {
    expect(readBreakEven({ ...blankBreakEven, fixedCosts: '1000', price: '4', variableCost: '5' })).toEqual({ empty: false, errors: {}, problem: 'noMargin', result: undefined });
  });
});

describe('readDecision', () => {
  it('accepts an empty record', () => {
    expect(readDecision(blankDecision, 'incomplete')).toEqual({ errors: {}, cautions: [], votes: { for: 0, against: 0, abstain: 0 } });
  });

  it('needs a later date to decide again when the group chooses to revisit', () => {
    expect(readDecision(decision({ choice: 'revisit' }), 'with-conditions').errors).toEqual({ revisitDate: 'required' });
    expect(readDecision(decision({ choice: 'revisit', revisitDate: '2026-02-30' }), 'with-conditions').errors).toEqual({ revisitDate: 'date' });
    expect(readDecision(decision({ choice: 'revisit', meetingDate: '2026-03-14', revisitDate: '2026-03-14' }), 'with-conditions').errors).toEqual({ revisitDate: 'beforeMeeting' });
    expect(readDecision(decision({ choice: 'revisit', meetingDate: '2026-03-14', revisitDate: '2026-05-02' }), 'with-conditions').errors).toEqual({});
    expect(readDecision(decision({ choice: 'go', revisitDate: 'soon' }), 'ready').errors).toEqual({});
  });

  it('checks the meeting date and the votes', () => {
    expect(readDecision(decision({ meetingDate: '14/03/2026', votesFor: 'six', votesAgainst: '-1', votesAbstain: '1.5' }), 'ready').errors).toEqual({
      meetingDate: 'date',
      votesFor: 'wholeNumber',
      votesAgainst: 'wholeNumber',
      votesAbstain: 'wholeNumber',
    });
  });

  it('refuses more votes than people present: 5 + 3 + 1 = 9 votes from 8 people', () => {
    const present = 'Ana\nLuis\nMaría\n\nJo\nKim\nSam\nLee\nPat\n';
    expect(presentNames(present)).toHaveLength(8);
    const reading = readDecision(decision({ present, votesFor: '5', votesAgainst: '3', votesAbstain: '1' }), 'ready');
    expect(reading.errors).toEqual({ votes: 'moreVotesThanPresent' });
    expect(readDecision(decision({ present, votesFor: '5', votesAgainst: '2', votesAbstain: '1' }), 'ready').errors).toEqual({});
    // Without a list of who was present, the votes are not compared with it.
    expect(readDecision(decision({ votesFor: '50' }), 'ready').errors).toEqual({});
  });

  it('cautions when the group goes ahead against a "not yet", or without more votes for than against', () => {
    expect(readDecision(decision({ choice: 'go' }), 'not-yet').cautions).toEqual(['goAgainstResult']);
    expect(readDecision(decision({ choice: 'no-go' }), 'not-yet').cautions).toEqual([]);
    expect(readDecision(decision({ choice: 'go', votesFor: '3', votesAgainst: '3' }), 'ready').cautions).toEqual(['notCarried']);
    expect(readDecision(decision({ choice: 'go', votesFor: '4', votesAgainst: '3', votesAbstain: '5' }), 'ready').cautions).toEqual([]);
  });
});

describe('parseCount', () => {
  it('reads whole numbers only', () => {
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('0')).toBe(0);
    for (const value of ['', '1.5', '-2', '1,000', 'ten', '10000000']) expect(parseCount(value)).toBeUndefined();
  });
});
