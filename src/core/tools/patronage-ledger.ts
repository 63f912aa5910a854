/**
 * The multi-year ledger of internal capital accounts: what each member's account holds year by year,
 * as retained patronage comes in and older amounts are paid back (see buildLedger for the rule).
 */
import { allocatePatronage, type PatronageInput, type PatronageResult } from './patronage';

export interface LedgerYearInput {
  /** How the year is named in the table, e.g. "2025" or "Year 1". */
  label: string;
  /** The amount retained in each member's account that year, in cents, in the order of `members`. */
  retained: number[];
}

export interface LedgerInput {
  /** The members' names, in order. */
  members: string[];
  /** Each member's balance before the first year, in cents (for example the buy-in plus earlier retained amounts). */
  opening: number[];
  years: LedgerYearInput[];
  /**
   * The revolving period, in years. In each year, the co-op pays each member the amount it retained in
   * their name that many years earlier. Amounts already in the opening balance are not paid out by this
   * rule. Zero means no payouts.
   */
  revolvingYears: number;
}

export interface LedgerEntry {
  member: string;
  /** All amounts in cents. */
  opening: number;
  retained: number;
  redeemed: number;
  closing: number;
}

export interface LedgerYear {
  label: string;
  entries: LedgerEntry[];
  totals: Omit<LedgerEntry, 'member'>;
}

/**
 * The members' internal capital accounts year by year, under a revolving rule: each year's closing
 * balance is the opening balance, plus the amount retained that year, minus the payout (redemption)
 * of the amount retained `revolvingYears` years earlier.
 */
export function buildLedger(input: LedgerInput): LedgerYear[] {
  if (!Number.isInteger(input.revolvingYears) || input.revolvingYears < 0) {
    throw new RangeError(`revolvingYears must be a whole number, 0 or more; got ${input.revolvingYears}.`);
  }
  let balances = input.members.map((_, index) => input.opening[index] ?? 0);
  return input.years.map((year, yearIndex) => {
    const from = yearIndex - input.revolvingYears;
    const entries = input.members.map((member, index): LedgerEntry => {
      const opening = balances[index]!;
      const retained = year.retained[index] ?? 0;
      const due = input.revolvingYears > 0 && from >= 0 ? (input.years[from]!.retained[index] ?? 0) : 0;
      const redeemed = Math.min(due, opening + retained);
      return { member, opening, retained, redeemed, closing: opening + retained - redeemed };
    });
    balances = entries.map((entry) => entry.closing);
    const sum = (pick: (entry: LedgerEntry) => number) => entries.reduce((total, entry) => total + pick(entry), 0);
    return {
      label: year.label,
      entries,
      totals: { opening: sum((e) => e.opening), retained: sum((e) => e.retained), redeemed: sum((e) => e.redeemed), closing: sum((e) => e.closing) },
    };
  });
}

/**
 * A ledger for several years that share this year's members, measure and cash share, each with its own
 * net margin: every year is allocated with `allocatePatronage`, and its retained amounts go into the ledger.
 */
export function projectLedger(
  base: PatronageInput,
  years: Array<{ label: string; netMargin: number }>,
  opening: number[],
  revolvingYears: number,
): { results: PatronageResult[]; ledger: LedgerYear[] } {
  const results = years.map((year) => allocatePatronage({ ...base, netMargin: year.netMargin }));
  const ledger = buildLedger({
    members: base.members.map((member) => member.name),
    opening,
    years: years.map((year, index) => ({ label: year.label, retained: results[index]!.members.map((member) => member.retained) })),
    revolvingYears,
  });
  return { results, ledger };
}

/** A year that ended with a loss while the ledger still paid out older retained amounts. */
export interface LossYearPayout {
  label: string;
  /** The amount paid out that year, in cents. */
  redeemed: number;
}

/**
 * The loss years in which the revolving rule still pays members out. Paying out in a loss year takes
 * cash the co-op may need, and most bylaws let the board wait; the page warns about each such year.
 */
export function lossYearPayouts(results: readonly PatronageResult[], ledger: readonly LedgerYear[]): LossYearPayout[] {
  return ledger.filter((year, index) => (results[index]?.netMargin ?? 0) < 0 && year.totals.redeemed > 0).map((year) => ({ label: year.label, redeemed: year.totals.redeemed }));
}
