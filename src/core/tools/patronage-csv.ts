/** The patronage calculator's result as CSV (see core/csv.ts). */
import { toCsv } from '../csv';
import { centsToDecimal } from './money';
import type { PatronageResult } from './patronage';
import type { LedgerYear } from './patronage-ledger';

/** The words of the CSV, in the page's language. */
export interface PatronageCsvLabels {
  member: string;
  hours: string;
  wages: string;
  share: string;
  allocation: string;
  cash: string;
  retained: string;
  total: string;
  netMargin: string;
  reserve: string;
  allocated: string;
  /** The estimated tax on what the co-op keeps, with its rate. */
  coopTax: string;
  year: string;
  opening: string;
  redeemed: string;
  closing: string;
}

function plain(value: number, places: number): string {
  return String(Number(value.toFixed(places)));
}

/**
 * The result as CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF line ends): the summary, the table of
 * members with a total row, and, when given, the ledger. Amounts are in dollars with two decimals.
 */
export function patronageCsv(result: PatronageResult, labels: PatronageCsvLabels, ledger: LedgerYear[] = []): string {
  const sum = (pick: (member: PatronageResult['members'][number]) => number) => result.members.reduce((total, member) => total + pick(member), 0);
  const rows: string[][] = [
    [labels.netMargin, centsToDecimal(result.netMargin)],
    [labels.reserve, centsToDecimal(result.reserve)],
    [labels.allocated, centsToDecimal(result.allocated)],
    [labels.coopTax, centsToDecimal(result.estimatedCoopTax)],
    [],
    [labels.member, labels.hours, labels.wages, labels.share, labels.allocation, labels.cash, labels.retained],
    ...result.members.map((member) => [
      member.name,
      plain(member.hours, 2),
      plain(member.wages, 2),
      plain(member.sharePercent, 4),
      centsToDecimal(member.allocation),
      centsToDecimal(member.cash),
      centsToDecimal(member.retained),
    ]),
    [
      labels.total,
      plain(
        sum((member) => member.hours),
        2,
      ),
      plain(
        sum((member) => member.wages),
        2,
      ),
      plain(
        sum((member) => member.sharePercent),
        4,
      ),
      centsToDecimal(sum((member) => member.allocation)),
      centsToDecimal(result.cash),
      centsToDecimal(result.retained),
    ],
  ];
  if (ledger.length > 0) {
    rows.push([], [labels.year, labels.member, labels.opening, labels.retained, labels.redeemed, labels.closing]);
    for (const year of ledger) {
      for (const entry of year.entries)
        rows.push([year.label, entry.member, centsToDecimal(entry.opening), centsToDecimal(entry.retained), centsToDecimal(entry.redeemed), centsToDecimal(entry.closing)]);
      rows.push([
        year.label,
        labels.total,
        centsToDecimal(year.totals.opening),
        centsToDecimal(year.totals.retained),
        centsToDecimal(year.totals.redeemed),
        centsToDecimal(year.totals.closing),
      ]);
    }
  }
  return toCsv(rows);
}
