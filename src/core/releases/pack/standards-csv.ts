/** standards.<language>.csv: one row per standard, headed in the file's language (see core/csv.ts). */
import { toCsv } from '../../csv';
import { editionTable, type Edition } from './edition';

export function standardsCsv(edition: Edition): string {
  return toCsv(editionTable(edition));
}
