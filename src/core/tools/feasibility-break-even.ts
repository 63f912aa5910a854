/**
 * The simple break-even check of the feasibility worksheet. Break-even is the number of units a month
 * (hours billed, meals, jobs) at which sales just cover every cost: each unit sold brings in its price,
 * less the variable cost of making it (supplies, fees); what is left, the contribution margin, pays
 * the fixed costs of the month (wages at the target wage, rent, insurance, loan payments).
 *
 *   break-even units = fixed costs ÷ (price − variable cost per unit)
 *
 * All amounts are whole cents, so that the result does not drift. Units are rounded up: 333.4 units
 * is not enough, 334 is. Sales at break-even are the exact amount, rounded up to the cent.
 */

export interface BreakEvenInput {
  /** Costs that stay the same each month, whatever is sold, in cents. */
  fixedCostsCents: number;
  /** The price of one unit, in cents. */
  priceCents: number;
  /** What one more unit costs to make or deliver, in cents. */
  variableCostCents: number;
  /** Units the group expects to sell in a month, or can sell at most; optional. */
  expectedUnits?: number;
}

export interface BreakEvenResult {
  /** Price less variable cost: what each unit adds toward the fixed costs, in cents. */
  marginCents: number;
  /** The exact number of units, before rounding, such as 333.33. */
  exactUnits: number;
  /** Whole units a month needed to cover every cost: the exact number rounded up. */
  units: number;
  /** Sales a month at break-even, in cents: fixed costs × price ÷ margin, rounded up to the cent. */
  salesCents: number;
  /** Only with expected units: the break-even units as a share of them (0.8333 is 83%). */
  shareOfExpected?: number;
  /** Only with expected units: the month's profit (or, below zero, the shortfall) in cents. */
  resultAtExpectedCents?: number;
}

/**
 * Why there is no break-even: the price does not exceed the variable cost, so no number of units
 * can ever pay the fixed costs.
 */
export type BreakEvenProblem = 'noMargin';

/** Division of whole numbers, rounded up; BigInt keeps large products exact. */
function divideUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator + denominator - 1n) / denominator;
}

/** The break-even point of one month, or the reason there is none. */
export function breakEven(input: BreakEvenInput): { result?: BreakEvenResult; problem?: BreakEvenProblem } {
  const { fixedCostsCents, priceCents, variableCostCents, expectedUnits } = input;
  const marginCents = priceCents - variableCostCents;
  if (marginCents <= 0) return { problem: 'noMargin' };
  const fixed = BigInt(fixedCostsCents);
  const margin = BigInt(marginCents);
  const units = Number(divideUp(fixed, margin));
  const salesCents = Number(divideUp(fixed * BigInt(priceCents), margin));
  const result: BreakEvenResult = {
    marginCents,
    exactUnits: fixedCostsCents / marginCents,
    units,
    salesCents,
  };
  if (expectedUnits !== undefined && expectedUnits > 0) {
    result.shareOfExpected = fixedCostsCents / marginCents / expectedUnits;
    result.resultAtExpectedCents = expectedUnits * marginCents - fixedCostsCents;
  }
  return { result };
}
