/** CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs read accents, CRLF line ends. */
// The browser build carries what it needs, so the same code runs in the checklist builder page.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ChecklistDocument } from '../document';
import { rows } from './common';

export function checklistCsv(document: ChecklistDocument): string {
  const { columns } = document.labels;
  const header = [columns.id, columns.title, columns.statement, columns.level, columns.stages, columns.group, columns.link, columns.status, columns.owner, columns.due, columns.notes];
  const body = rows(document).map((item) => [item.id, item.title, item.statement, item.level, item.stages, item.group, item.url, '', '', '', '']);
  return `\uFEFF${stringify([header, ...body], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ })}`;
}
