import { describe, expect, it } from 'vitest';
import { breakEven } from './feasibility-break-even';

describe('breakEven', () => {
  it('finds the break-even of the cleaning co-op in the feasibility lesson: $24,000 ÷ $48 = 500 hours', () => {
    // Fixed costs a month, wages at the target wage included: $24,000. Price per billed hour: $48.
    const { result, problem } = breakEven({ fixedCostsCents: 2_400_000, priceCents: 4_800, variableCostCents: 0, expectedUnits: 600 });
    expect(problem).toBeUndefined();
    expect(result).toEqual({
      marginCents: 4_800,
      exactUnits: 500,
      units: 500,
      salesCents: 2_400_000,
      // 500 of the 600 hours it can bill: about 83%.
      shareOfExpected: 500 / 600,
      // 600 × $48 = $28,800, less $24,000 = $4,800 left over.
      resultAtExpectedCents: 480_000,
    });
    expect(Math.round(result!.shareOfExpected! * 100)).toBe(83);
  });

  it('shows the shortfall of a low case: 400 hours × $48 = $19,200, $4,800 short of $24,000', () => {
    const { result } = breakEven({ fixedCostsCents: 2_400_000, priceCents: 4_800, variableCostCents: 0, expectedUnits: 400 });
    expect(result?.resultAtExpectedCents).toBe(-480_000);
    expect(result?.shareOfExpected).toBe(1.25);
  });

  it('matches the home repair activity: $21,000 ÷ $50 = 420 hours, 93% of 450, $6,000 short at 300', () => {
    const atCapacity = breakEven({ fixedCostsCents: 2_100_000, priceCents: 5_000, variableCostCents: 0, expectedUnits: 450 }).result!;
    expect(atCapacity.units).toBe(420);
    expect(Math.round(atCapacity.shareOfExpected! * 1000) / 10).toBe(93.3);
    expect(breakEven({ fixedCostsCents: 2_100_000, priceCents: 5_000, variableCostCents: 0, expectedUnits: 300 }).result!.resultAtExpectedCents).toBe(-600_000);
  });

  it('takes the variable cost off the price: $6,000 ÷ ($25 − $10) = 400 units, or $10,000 of sales', () => {
    const { result } = breakEven({ fixedCostsCents: 600_000, priceCents: 2_500, variableCostCents: 1_000 });
    expect(result).toEqual({ marginCents: 1_500, exactUnits: 400, units: 400, salesCents: 1_000_000 });
  });

  it('rounds units up to a whole unit and sales up to the cent: $1,000 ÷ ($7 − $4) = 333.33, so 334 units and $2,333.34', () => {
    const { result } = breakEven({ fixedCostsCents: 100_000, priceCents: 700, variableCostCents: 400 });
    expect(result?.exactUnits).toBeCloseTo(333.3333, 4);
    expect(result?.units).toBe(334);
    // $1,000 × 7 ÷ 3 = $2,333.333…
    expect(result?.salesCents).toBe(233_334);
  });

  it('matches the worked example on the tool page: $18,400 ÷ ($14 − $5.80) = 2,243.9, so 2,244 lunches', () => {
    const { result } = breakEven({ fixedCostsCents: 1_840_000, priceCents: 1_400, variableCostCents: 580, expectedUnits: 2_600 });
    expect(result?.marginCents).toBe(820);
    expect(result?.exactUnits).toBeCloseTo(2243.9, 1);
    expect(result?.units).toBe(2_244);
    // $18,400 × 14 ÷ 8.20 = $31,414.634…
    expect(result?.salesCents).toBe(3_141_464);
    expect(Math.round(result!.shareOfExpected! * 1000) / 10).toBe(86.3);
    // 2,600 × $8.20 = $21,320, less $18,400.
    expect(result?.resultAtExpectedCents).toBe(292_000);
    // The low case: 2,000 × $8.20 = $16,400, $2,000 short.
    expect(breakEven({ fixedCostsCents: 1_840_000, priceCents: 1_400, variableCostCents: 580, expectedUnits: 2_000 }).result?.resultAtExpectedCents).toBe(-200_000);
  });

  it('stays exact with the largest amounts the form takes', () => {
    // $10,000,000 of fixed costs, a price of $999,999.99 and a variable cost of one cent.
    const { result } = breakEven({ fixedCostsCents: 1_000_000_000, priceCents: 99_999_999, variableCostCents: 1 });
    expect(result?.units).toBe(11);
    // 1,000,000,000 × 99,999,999 ÷ 99,999,998 = 1,000,000,010.0000002 cents, rounded up.
    expect(result?.salesCents).toBe(1_000_000_011);
  });

  it('has no break-even when the price does not beat the variable cost', () => {
    expect(breakEven({ fixedCostsCents: 100_000, priceCents: 1_000, variableCostCents: 1_000 })).toEqual({ problem: 'noMargin' });
    expect(breakEven({ fixedCostsCents: 100_000, priceCents: 900, variableCostCents: 1_000 })).toEqual({ problem: 'noMargin' });
  });

  it('leaves out the comparison when no expected units are given', () => {
    const { result } = breakEven({ fixedCostsCents: 100_000, priceCents: 1_000, variableCostCents: 0, expectedUnits: 0 });
    expect(result).not.toHaveProperty('shareOfExpected');
    expect(result).not.toHaveProperty('resultAtExpectedCents');
  });
});
