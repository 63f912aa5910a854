/** A checklist as CSV (see core/csv.ts); the same code runs in the checklist builder page. */
import { toCsv } from '../../csv';
import type { ChecklistDocument } from '../document';
import { rows } from './common';

export function checklistCsv(document: ChecklistDocument): string {
  const { columns } = document.labels;
  const header = [
    columns.id,
    columns.title,
    columns.statement,
    columns.level,
    columns.stages,
    columns.group,
    columns.link,
    columns.status,
    columns.owner,
    columns.due,
    columns.notes,
  ];
  const body = rows(document).map((item) => [item.id, item.title, item.statement, item.level, item.stages, item.group, item.url, '', '', '', '']);
  return toCsv([header, ...body]);
}
