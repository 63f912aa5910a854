/**
 * CSV as every download of the library writes it (RFC 4180): UTF-8 with a byte-order mark so that
 * spreadsheet programs read accents, CRLF line ends, quotes only where needed. The browser build of
 * csv-stringify runs both in the build and on the page.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${stringify(rows as string[][], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ })}`;
}
