/**
 * The math of the patronage and capital account calculator: how a year's net margin is split between
 * the collective reserve and the members, and how each member's allocation is split into a cash part
 * and a retained part. The ledger over several years is in patronage-ledger.ts, the CSV in patronage-csv.ts.
 *
 * Money is kept in whole cents (integers) so that every total adds up exactly. Inputs and outputs in
 * dollars are converted at the edges with `toCents` and `fromCents`. Nothing here knows about React
 * or about the page's language: warnings are codes, and the page words them.
 */
import { TOLERANCE, toCents } from './money';

/** How patronage is measured: hours worked, wages paid, or a weighted mix of both. */
export type PatronageBasis = 'hours' | 'wages' | 'both';

/** The least cash share, in percent, for a qualified written notice of allocation (IRC §1388(c)). */
export const MINIMUM_QUALIFIED_CASH_PERCENT = 20;

/** The federal corporate income tax rate, in percent (IRC §11(b)); the tax rate a group starts from. */
export const FEDERAL_CORPORATE_TAX_PERCENT = 21;

export interface PatronageMemberInput {
  /** The member's name, as the group wants it shown. */
  name: string;
  /** Hours of work that count as patronage for the year. */
  hours: number;
  /** Wages, in dollars, that count as patronage for the year. */
  wages: number;
}

export interface PatronageInput {
  /** The year's net margin (surplus) from business with members, in dollars. Negative for a loss. */
  netMargin: number;
  /** Percent of a positive net margin that goes to the collective reserve, 0 to 100. */
  reservePercent: number;
  /** How patronage is measured. */
  basis: PatronageBasis;
  /** With basis `both`: percent of the allocation shared by hours, 0 to 100; the rest is shared by wages. */
  hoursWeightPercent: number;
  /** Percent of each member's allocation paid in cash, 0 to 100; the rest is retained. */
  cashPercent: number;
  /**
   * The income tax rate, in percent, the co-op expects to pay on income it keeps (the reserve, and the
   * retained part of nonqualified notices until it is paid out). Defaults to the federal corporate rate;
   * state tax is the group's to add.
   */
  taxRatePercent?: number;
  members: PatronageMemberInput[];
}

export interface MemberAllocation {
  name: string;
  hours: number;
  wages: number;
  /** The member's share of the amount allocated, in percent (not rounded). */
  sharePercent: number;
  /** The member's patronage allocation, in cents. */
  allocation: number;
  /** The part paid in cash, in cents. */
  cash: number;
  /** The part kept in the member's internal capital account, in cents. */
  retained: number;
}

/** Something the group should know about the result. The page turns each code into words. */
export type PatronageWarning =
  /**
   * The cash part is under 20%: the notices of allocation would be nonqualified. That is lawful; the
   * co-op's deduction and the members' tax on the retained part wait until it is paid out.
   */
  | { code: 'cash-below-minimum'; cashPercent: number }
  /** The year ended with a loss: nothing is allocated, and the loss is handled under the co-op's own rules. */
  | { code: 'loss'; loss: number }
  /** The net margin is zero: there is nothing to allocate. */
  | { code: 'no-margin' }
  /** The members' hours (or wages) add up to zero, so they cannot be used to share the allocation. */
  | { code: 'no-basis'; measure: 'hours' | 'wages' }
  /** These members have no patronage on the chosen basis, so they get no allocation. */
  | { code: 'zero-basis'; members: string[] };

export interface PatronageResult {
  /** The inputs the result was computed from. */
  input: PatronageInput;
  /** All amounts in cents. */
  netMargin: number;
  reserve: number;
  /** The amount allocated to members: net margin minus the reserve (zero in a loss year). */
  allocated: number;
  cash: number;
  retained: number;
  /**
   * What the co-op keeps and is taxed on this year, in cents: the reserve, plus the retained part when
   * the notices are nonqualified (its deduction comes only when it is paid out).
   */
  taxedToCoop: number;
  /** The estimated tax on `taxedToCoop` at the tax rate given, in cents. */
  estimatedCoopTax: number;
  members: MemberAllocation[];
  /** True when the allocation can use qualified written notices: at least 20% cash and something to allocate. */
  qualified: boolean;
  warnings: PatronageWarning[];
}

function percentOf(cents: number, percent: number): number {
  return (cents * percent) / 100;
}

function assertInRange(value: number, name: string, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a number from ${min} to ${max}; got ${value}.`);
  }
}

function assertValidInput(input: PatronageInput): void {
  if (!Number.isFinite(input.netMargin)) throw new RangeError(`netMargin must be a number; got ${input.netMargin}.`);
  assertInRange(input.reservePercent, 'reservePercent', 0, 100);
  assertInRange(input.hoursWeightPercent, 'hoursWeightPercent', 0, 100);
  assertInRange(input.cashPercent, 'cashPercent', 0, 100);
  if (input.taxRatePercent !== undefined) assertInRange(input.taxRatePercent, 'taxRatePercent', 0, 100);
  if (!['hours', 'wages', 'both'].includes(input.basis)) throw new RangeError(`basis must be hours, wages or both; got ${String(input.basis)}.`);
  input.members.forEach((member, index) => {
    assertInRange(member.hours, `members[${index}].hours`, 0, Number.MAX_SAFE_INTEGER);
    assertInRange(member.wages, `members[${index}].wages`, 0, Number.MAX_SAFE_INTEGER);
  });
}

/**
 * Splits a whole number of cents into parts proportional to `weights`, so that the parts add up to
 * exactly `total` (largest-remainder rounding). Each part first gets its exact share rounded down;
 * the cents left over go one each to the parts with the largest fractions dropped, and among equal
 * fractions to the part that comes first.
 */
export function splitByLargestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const quotas = weights.map((weight) => (total * weight) / sum);
  const parts = quotas.map((quota) => Math.floor(quota + TOLERANCE));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas.map((quota, index) => ({ index, fraction: quota - parts[index]! })).sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/** Each member's share of the allocation (fractions that add up to 1), or the warning that stops it. */
function memberShares(input: PatronageInput): { shares: number[]; problem?: PatronageWarning } {
  const totalHours = input.members.reduce((sum, member) => sum + member.hours, 0);
  const totalWages = input.members.reduce((sum, member) => sum + member.wages, 0);
  const hoursWeight = input.basis === 'hours' ? 1 : input.basis === 'wages' ? 0 : input.hoursWeightPercent / 100;
  if (hoursWeight > 0 && totalHours <= 0) return { shares: input.members.map(() => 0), problem: { code: 'no-basis', measure: 'hours' } };
  if (hoursWeight < 1 && totalWages <= 0) return { shares: input.members.map(() => 0), problem: { code: 'no-basis', measure: 'wages' } };
  // share_i = w * hours_i / total hours + (1 - w) * wages_i / total wages
  const shares = input.members.map(
    (member) => (hoursWeight > 0 ? (hoursWeight * member.hours) / totalHours : 0) + (hoursWeight < 1 ? ((1 - hoursWeight) * member.wages) / totalWages : 0),
  );
  return { shares };
}

/**
 * One year's patronage allocation. The reserve is the reserve percent of the net margin, rounded to
 * the nearest cent; the rest is allocated to members by their shares with largest-remainder rounding,
 * so the members' allocations add up exactly to the amount allocated. Each member's cash part is
 * rounded up to the cent, so no member gets less cash than the percent chosen; the retained part is
 * the rest of their allocation.
 */
export function allocatePatronage(input: PatronageInput): PatronageResult {
  assertValidInput(input);
  const netMargin = toCents(input.netMargin);
  const warnings: PatronageWarning[] = [];
  const none = (): PatronageResult => ({
    input,
    netMargin,
    reserve: 0,
    allocated: 0,
    cash: 0,
    retained: 0,
    taxedToCoop: 0,
    estimatedCoopTax: 0,
    members: input.members.map((member) => ({ name: member.name, hours: member.hours, wages: member.wages, sharePercent: 0, allocation: 0, cash: 0, retained: 0 })),
    qualified: false,
    warnings,
  });

  if (netMargin < 0) {
    warnings.push({ code: 'loss', loss: -netMargin });
    return none();
  }
  if (netMargin === 0) {
    warnings.push({ code: 'no-margin' });
    return none();
  }

  const reserve = Math.round(percentOf(netMargin, input.reservePercent) + TOLERANCE);
  const allocated = netMargin - reserve;
  const { shares, problem } = memberShares(input);
  if (problem) {
    warnings.push(problem);
    return { ...none(), reserve, allocated, ...coopTax(input, reserve) };
  }
  if (input.cashPercent < MINIMUM_QUALIFIED_CASH_PERCENT) warnings.push({ code: 'cash-below-minimum', cashPercent: input.cashPercent });
  const withoutBasis = input.members.filter((_, index) => shares[index] === 0).map((member) => member.name);
  if (withoutBasis.length > 0) warnings.push({ code: 'zero-basis', members: withoutBasis });

  const allocations = splitByLargestRemainder(allocated, shares);
  const members = input.members.map((member, index): MemberAllocation => {
    const allocation = allocations[index]!;
    const cash = Math.min(allocation, Math.ceil(percentOf(allocation, input.cashPercent) - TOLERANCE));
    return { name: member.name, hours: member.hours, wages: member.wages, sharePercent: shares[index]! * 100, allocation, cash, retained: allocation - cash };
  });
  const sum = (pick: (member: MemberAllocation) => number) => members.reduce((total, member) => total + pick(member), 0);
  const qualified = allocated > 0 && input.cashPercent >= MINIMUM_QUALIFIED_CASH_PERCENT;
  const retained = sum((member) => member.retained);
  return {
    input,
    netMargin,
    reserve,
    allocated,
    cash: sum((member) => member.cash),
    retained,
    ...coopTax(input, reserve + (qualified ? 0 : retained)),
    members,
    qualified,
    warnings,
  };
}

/** The co-op's own taxable amount and its estimated tax, rounded to the nearest cent. */
function coopTax(input: PatronageInput, taxedToCoop: number): { taxedToCoop: number; estimatedCoopTax: number } {
  const rate = input.taxRatePercent ?? FEDERAL_CORPORATE_TAX_PERCENT;
  return { taxedToCoop, estimatedCoopTax: Math.round(percentOf(taxedToCoop, rate) + TOLERANCE) };
}
