/**
 * CSV as every download of the library writes it (RFC 4180): UTF-8 with a byte-order mark so that
 * spreadsheet programs read accents, CRLF line ends, quotes only where needed. The browser build of
 * csv-stringify runs both in the build and on the page.
 *
 * Every download goes through this one writer, so that no text cell can reach a spreadsheet as a
 * formula (see csv-cells.ts); numbers pass as they are.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { defuseFormula } from './csv-cells';

export type CsvCell = string | number;

export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>): string {
  const options = { record_delimiter: '\r\n', quoted_match: /[",\r\n]/, cast: { string: defuseFormula } };
  return `\uFEFF${stringify(rows as CsvCell[][], options)}`;
}
