import { describe, expect, it } from 'vitest';
import { toCents } from './money';
import { allocatePatronage, splitByLargestRemainder, type PatronageInput } from './patronage';
import { patronageCsv, type PatronageCsvLabels } from './patronage-csv';
import { buildLedger, lossYearPayouts, projectLedger } from './patronage-ledger';

// Every expected number below is worked out by hand in the comments. Amounts in the results are cents.
const dollars = (amount: number) => Math.round(amount * 100);

// The main example: a $100,000 net margin, 30% to the collective reserve, the rest shared by hours.
// Reserve: $100,000 × 30% = $30,000. Allocated: $100,000 − $30,000 = $70,000.
// Hours 2,000 + 1,500 + 500 = 4,000, so shares are 2,000/4,000 = 50%, 1,500/4,000 = 37.5%, 500/4,000 = 12.5%.
// Allocations: $70,000 × 50% = $35,000; × 37.5% = $26,250; × 12.5% = $8,750. Check: 35,000 + 26,250 + 8,750 = 70,000.
// Cash at 20%: $7,000, $5,250, $1,750 (total $14,000). Retained: $28,000, $21,000, $7,000 (total $56,000).
const example: PatronageInput = {
  netMargin: 100_000,
  reservePercent: 30,
  basis: 'hours',
  hoursWeightPercent: 50,
  cashPercent: 20,
  members: [
    { name: 'Ana', hours: 2000, wages: 50_000 },
    { name: 'Luis', hours: 1500, wages: 30_000 },
    { name: 'Mei', hours: 500, wages: 20_000 },
  ],
};

const pick = (result: ReturnType<typeof allocatePatronage>, field: 'allocation' | 'cash' | 'retained') => result.members.map((member) => member[field]);

describe('allocatePatronage', () => {
  it('splits the margin between the reserve and the members, and shares it by hours', () => {
    const result = allocatePatronage(example);
    expect(result.netMargin).toBe(dollars(100_000));
    expect(result.reserve).toBe(dollars(30_000));
    expect(result.allocated).toBe(dollars(70_000));
    expect(result.members.map((member) => member.sharePercent)).toEqual([50, 37.5, 12.5]);
    expect(pick(result, 'allocation')).toEqual([dollars(35_000), dollars(26_250), dollars(8_750)]);
    expect(pick(result, 'cash')).toEqual([dollars(7_000), dollars(5_250), dollars(1_750)]);
    expect(pick(result, 'retained')).toEqual([dollars(28_000), dollars(21_000), dollars(7_000)]);
    expect(result.cash).toBe(dollars(14_000));
    expect(result.retained).toBe(dollars(56_000));
    expect(result.qualified).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('shares by wages', () => {
    // Wages $50,000 + $30,000 + $20,000 = $100,000: shares 50%, 30%, 20%.
    // Allocations: $70,000 × 50% = $35,000; × 30% = $21,000; × 20% = $14,000.
    const result = allocatePatronage({ ...example, basis: 'wages' });
    expect(result.members.map((member) => member.sharePercent)).toEqual([50, 30, 20]);
    expect(pick(result, 'allocation')).toEqual([dollars(35_000), dollars(21_000), dollars(14_000)]);
  });

  it('shares by both, as a weighted mix of the hours share and the wages share', () => {
    // Half by hours, half by wages: share = 0.5 × hours share + 0.5 × wages share.
    // Ana: 0.5 × 50% + 0.5 × 50% = 50% → $35,000.
    // Luis: 0.5 × 37.5% + 0.5 × 30% = 18.75% + 15% = 33.75% → $70,000 × 33.75% = $23,625.
    // Mei: 0.5 × 12.5% + 0.5 × 20% = 6.25% + 10% = 16.25% → $70,000 × 16.25% = $11,375.
    // Check: 35,000 + 23,625 + 11,375 = 70,000.
    // Cash at 30%: Luis $23,625 × 30% = $7,087.50, so $16,537.50 is retained.
    const half = allocatePatronage({ ...example, basis: 'both', hoursWeightPercent: 50, cashPercent: 30 });
    expect(half.members.map((member) => member.sharePercent)).toEqual([50, 33.75, 16.25]);
    expect(pick(half, 'allocation')).toEqual([dollars(35_000), dollars(23_625), dollars(11_375)]);
    expect(half.members[1]).toMatchObject({ cash: dollars(7_087.5), retained: dollars(16_537.5) });

    // 75% by hours: Luis 0.75 × 37.5% + 0.25 × 30% = 28.125% + 7.5% = 35.625% → $24,937.50;
    // Mei 0.75 × 12.5% + 0.25 × 20% = 9.375% + 5% = 14.375% → $10,062.50; Ana still 50% → $35,000.
    const mostlyHours = allocatePatronage({ ...example, basis: 'both', hoursWeightPercent: 75 });
    expect(pick(mostlyHours, 'allocation')).toEqual([dollars(35_000), dollars(24_937.5), dollars(10_062.5)]);
  });

  it('rounds to cents so that the allocations add up exactly to the amount allocated', () => {
    // $100 with nothing to the reserve, three members with equal hours: $33.333… each.
    // Rounded down, that is $33.33 × 3 = $99.99; the cent left over goes to the first member.
    // Cash at 20% is rounded up to the cent: $33.34 × 20% = $6.668 → $6.67; $33.33 × 20% = $6.666 → $6.67.
    // Retained: $33.34 − $6.67 = $26.67; $33.33 − $6.67 = $26.66.
    const result = allocatePatronage({ ...example, netMargin: 100, reservePercent: 0, members: ['A', 'B', 'C'].map((name) => ({ name, hours: 10, wages: 0 })) });
    expect(pick(result, 'allocation')).toEqual([3334, 3333, 3333]);
    expect(pick(result, 'cash')).toEqual([667, 667, 667]);
    expect(pick(result, 'retained')).toEqual([2667, 2666, 2666]);
    expect(result.cash + result.retained).toBe(10_000);
  });

  it('gives leftover cents to the largest fractions, not simply to the first members', () => {
    // $10 (1,000 cents) by hours 1, 2 and 4 (total 7): exact shares 142.86, 285.71 and 571.43 cents.
    // Rounded down: 142 + 285 + 571 = 998, so 2 cents are left; the largest fractions are .86 and .71.
    expect(splitByLargestRemainder(1000, [1, 2, 4])).toEqual([143, 286, 571]);
    // $1 six ways: 16.67 cents each. Rounding each to the nearest cent would give 6 × 17 = 102 cents;
    // rounded down it is 6 × 16 = 96, and the 4 cents left go to the first four (equal fractions).
    expect(splitByLargestRemainder(100, [1, 1, 1, 1, 1, 1])).toEqual([17, 17, 17, 17, 16, 16]);
    expect(splitByLargestRemainder(500, [0, 0])).toEqual([0, 0]);
  });

  it('warns that the notices are not qualified when the cash part is under 20%', () => {
    // Cash at 10%: Ana gets $35,000 × 10% = $3,500 in cash, under the 20% a qualified notice needs.
    const result = allocatePatronage({ ...example, cashPercent: 10 });
    expect(result.warnings).toEqual([{ code: 'cash-below-minimum', cashPercent: 10 }]);
    expect(result.qualified).toBe(false);
    expect(result.members[0]).toMatchObject({ cash: dollars(3_500), retained: dollars(31_500) });
    expect(allocatePatronage({ ...example, cashPercent: 20 }).qualified).toBe(true);
  });

  it('allocates nothing in a loss year, and says so', () => {
    // A $12,000 loss: no reserve share, no allocation; the loss is handled under the co-op's own rules.
    const result = allocatePatronage({ ...example, netMargin: -12_000 });
    expect(result.warnings).toEqual([{ code: 'loss', loss: dollars(12_000) }]);
    expect([result.reserve, result.allocated, result.cash, result.retained]).toEqual([0, 0, 0, 0]);
    expect(pick(result, 'allocation')).toEqual([0, 0, 0]);
    expect(result.qualified).toBe(false);
    expect(allocatePatronage({ ...example, netMargin: 0 }).warnings).toEqual([{ code: 'no-margin' }]);
  });

  it('names members with no patronage on the chosen basis, and stops when nobody has any', () => {
    // Kwame has 0 hours: the 4,000 hours of the others share the $70,000 as before, and he gets nothing.
    const withKwame = allocatePatronage({ ...example, members: [...example.members, { name: 'Kwame', hours: 0, wages: 8_000 }] });
    expect(withKwame.warnings).toEqual([{ code: 'zero-basis', members: ['Kwame'] }]);
    expect(pick(withKwame, 'allocation')).toEqual([dollars(35_000), dollars(26_250), dollars(8_750), 0]);
    // By both, his wages still count for the wages half, so no warning.
    expect(allocatePatronage({ ...example, basis: 'both', members: [...example.members, { name: 'Kwame', hours: 0, wages: 8_000 }] }).warnings).toEqual([]);

    const nobody = allocatePatronage({ ...example, members: example.members.map((member) => ({ ...member, hours: 0 })) });
    expect(nobody.warnings).toEqual([{ code: 'no-basis', measure: 'hours' }]);
    expect(nobody.allocated).toBe(dollars(70_000));
    expect(pick(nobody, 'allocation')).toEqual([0, 0, 0]);
  });

  it('refuses impossible inputs with a clear error', () => {
    expect(() => allocatePatronage({ ...example, cashPercent: 120 })).toThrow('cashPercent must be a number from 0 to 100; got 120.');
    expect(() => allocatePatronage({ ...example, members: [{ name: 'X', hours: -5, wages: 0 }] })).toThrow('members[0].hours must be a number');
    expect(() => allocatePatronage({ ...example, netMargin: Number.NaN })).toThrow('netMargin must be a number');
  });

  it('converts dollars to cents, half a cent away from zero', () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(0.07)).toBe(7);
    expect(toCents(-12_000)).toBe(-1_200_000);
  });
});

describe('buildLedger', () => {
  it("adds each year's retained amounts and pays out the amount retained two years earlier", () => {
    // Opening: Ana $1,000 (her buy-in), Luis $500. Revolving period: 2 years.
    // Year 1: retained $2,800 and $2,100; nothing is due yet. Closing: $3,800 and $2,600.
    // Year 2: retained $2,000 and $1,500; nothing is due yet. Closing: $5,800 and $4,100.
    // Year 3 (a loss year): retained $0; year 1's amounts are paid out: $2,800 and $2,100.
    //   Closing: $5,800 − $2,800 = $3,000 and $4,100 − $2,100 = $2,000.
    //   Totals: opening $9,900, retained $0, paid out $4,900, closing $5,000.
    const ledger = buildLedger({
      members: ['Ana', 'Luis'],
      opening: [dollars(1_000), dollars(500)],
      years: [
        { label: 'Year 1', retained: [dollars(2_800), dollars(2_100)] },
        { label: 'Year 2', retained: [dollars(2_000), dollars(1_500)] },
        { label: 'Year 3', retained: [0, 0] },
      ],
      revolvingYears: 2,
    });
    expect(ledger.map((year) => year.entries.map((entry) => [entry.opening, entry.retained, entry.redeemed, entry.closing]))).toEqual([
      [
        [dollars(1_000), dollars(2_800), 0, dollars(3_800)],
        [dollars(500), dollars(2_100), 0, dollars(2_600)],
      ],
      [
        [dollars(3_800), dollars(2_000), 0, dollars(5_800)],
        [dollars(2_600), dollars(1_500), 0, dollars(4_100)],
      ],
      [
        [dollars(5_800), 0, dollars(2_800), dollars(3_000)],
        [dollars(4_100), 0, dollars(2_100), dollars(2_000)],
      ],
    ]);
    expect(ledger[2]!.totals).toEqual({ opening: dollars(9_900), retained: 0, redeemed: dollars(4_900), closing: dollars(5_000) });
  });

  it('pays nothing out with a revolving period of 0, and refuses a period that is not a whole number', () => {
    const years = [
      { label: '1', retained: [100] },
      { label: '2', retained: [100] },
    ];
    expect(buildLedger({ members: ['A'], opening: [0], years, revolvingYears: 0 }).map((year) => year.totals.redeemed)).toEqual([0, 0]);
    expect(() => buildLedger({ members: ['A'], opening: [0], years, revolvingYears: 1.5 })).toThrow('revolvingYears must be a whole number');
  });

  it('projects several years from one set of members, each year with its own margin', () => {
    // Year 1: $100,000 → retained $28,000, $21,000, $7,000 (the main example).
    // Year 2: $50,000 → reserve $15,000 → $35,000 allocated → $17,500, $13,125, $4,375 → retained at 80%: $14,000, $10,500, $3,500.
    // Year 3: a $10,000 loss → nothing retained; year 1's amounts are paid out (revolving period 2).
    // Closing year 3: Ana $28,000 + $14,000 − $28,000 = $14,000; Luis $21,000 + $10,500 − $21,000 = $10,500; Mei $7,000 + $3,500 − $7,000 = $3,500.
    const { results, ledger } = projectLedger(
      example,
      [
        { label: 'Y1', netMargin: 100_000 },
        { label: 'Y2', netMargin: 50_000 },
        { label: 'Y3', netMargin: -10_000 },
      ],
      [0, 0, 0],
      2,
    );
    expect(results.map((result) => result.allocated)).toEqual([dollars(70_000), dollars(35_000), 0]);
    expect(ledger[1]!.entries.map((entry) => entry.retained)).toEqual([dollars(14_000), dollars(10_500), dollars(3_500)]);
    expect(ledger[2]!.entries.map((entry) => entry.redeemed)).toEqual([dollars(28_000), dollars(21_000), dollars(7_000)]);
    expect(ledger[2]!.entries.map((entry) => entry.closing)).toEqual([dollars(14_000), dollars(10_500), dollars(3_500)]);
  });
});

describe("the co-op's own tax", () => {
  it('estimates the tax on the reserve at the federal corporate rate unless told another rate', () => {
    const federal = allocatePatronage(example);
    expect(federal.taxedToCoop).toBe(dollars(30_000));
    expect(federal.estimatedCoopTax).toBe(dollars(6_300));
    const withState = allocatePatronage({ ...example, taxRatePercent: 28 });
    expect(withState.estimatedCoopTax).toBe(dollars(8_400));
  });

  it('taxes the retained part to the co-op too when the notices are nonqualified', () => {
    const result = allocatePatronage({ ...example, cashPercent: 10, taxRatePercent: 20 });
    expect(result.qualified).toBe(false);
    expect(result.retained).toBe(dollars(63_000));
    expect(result.taxedToCoop).toBe(dollars(30_000 + 63_000));
    expect(result.estimatedCoopTax).toBe(dollars(18_600));
    expect(result.warnings).toContainEqual({ code: 'cash-below-minimum', cashPercent: 10 });
  });

  it('owes nothing in a loss year', () => {
    const result = allocatePatronage({ ...example, netMargin: -5_000 });
    expect([result.taxedToCoop, result.estimatedCoopTax]).toEqual([0, 0]);
  });

  it('refuses a tax rate outside 0 to 100', () => {
    expect(() => allocatePatronage({ ...example, taxRatePercent: 140 })).toThrow('taxRatePercent must be a number from 0 to 100; got 140.');
  });
});

describe('lossYearPayouts', () => {
  it('names each loss year in which the revolving rule still pays members out, with the amount', () => {
    const { results, ledger } = projectLedger(
      example,
      [
        { label: 'Year 1', netMargin: 100_000 },
        { label: 'Year 2', netMargin: 50_000 },
        { label: 'Year 3', netMargin: -20_000 },
        { label: 'Year 4', netMargin: -10_000 },
      ],
      [0, 0, 0],
      2,
    );
    expect(lossYearPayouts(results, ledger)).toEqual([
      { label: 'Year 3', redeemed: dollars(56_000) },
      { label: 'Year 4', redeemed: dollars(28_000) },
    ]);
  });

  it('says nothing when no loss year pays out', () => {
    const { results, ledger } = projectLedger(example, [{ label: 'Year 1', netMargin: -1_000 }], [0, 0, 0], 1);
    expect(lossYearPayouts(results, ledger)).toEqual([]);
  });
});

describe('patronageCsv', () => {
  const labels: PatronageCsvLabels = {
    member: 'Member',
    hours: 'Hours',
    wages: 'Wages',
    share: 'Share (%)',
    allocation: 'Allocation',
    cash: 'Cash',
    retained: 'Retained',
    total: 'Total',
    netMargin: 'Net margin',
    reserve: 'Collective reserve',
    allocated: 'Allocated to members',
    coopTax: 'Estimated co-op tax (21%)',
    year: 'Year',
    opening: 'Opening balance',
    redeemed: 'Paid out',
    closing: 'Closing balance',
  };

  it('writes the summary, the members with a total row, and the ledger, with headers in the given words', () => {
    const result = allocatePatronage({ ...example, members: [{ name: 'Ana, Jr.', hours: 2000, wages: 50_000 }, ...example.members.slice(1)] });
    const ledger = buildLedger({ members: ['Ana, Jr.'], opening: [dollars(1_000)], years: [{ label: 'Year 1', retained: [dollars(28_000)] }], revolvingYears: 2 });
    const csv = patronageCsv(result, labels, ledger);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Net margin,100000.00',
      'Collective reserve,30000.00',
      'Allocated to members,70000.00',
      'Estimated co-op tax (21%),6300.00',
      '',
      'Member,Hours,Wages,Share (%),Allocation,Cash,Retained',
      '"Ana, Jr.",2000,50000,50,35000.00,7000.00,28000.00',
      'Luis,1500,30000,37.5,26250.00,5250.00,21000.00',
      'Mei,500,20000,12.5,8750.00,1750.00,7000.00',
      'Total,4000,100000,100,70000.00,14000.00,56000.00',
      '',
      'Year,Member,Opening balance,Retained,Paid out,Closing balance',
      'Year 1,"Ana, Jr.",1000.00,28000.00,0.00,29000.00',
      'Year 1,Total,1000.00,28000.00,0.00,29000.00',
      '',
    ]);
  });

  it('writes a loss as a negative amount', () => {
    const csv = patronageCsv(allocatePatronage({ ...example, netMargin: -12_000.5 }), labels);
    expect(csv).toContain('Net margin,-12000.50\r\n');
  });
});
