/**
 * XLSX: one row per standard with columns to fill in, a Status drop-down, a frozen header, filters,
 * readable widths, and print settings (landscape, fit to width, title and page number on each page).
 */
import ExcelJS from 'exceljs';
import { fileDate, type ChecklistDocument } from '../document';
import { rows, versionLine } from './common';
import { repackZip } from './zip';

export async function checklistXlsx(document: ChecklistDocument): Promise<Buffer> {
  const { columns, statuses } = document.labels;
  const date = fileDate(document);
  const workbook = new ExcelJS.Workbook();
  Object.assign(workbook, { creator: document.edition, lastModifiedBy: document.edition, created: date, modified: date, title: document.title });
  const sheet = workbook.addWorksheet(sheetName(document.title), printableSheet(document.title, versionLine(document), document.labels));
  sheet.columns = [
    { header: columns.id, key: 'id', width: 10 },
    { header: columns.title, key: 'title', width: 34 },
    { header: columns.statement, key: 'statement', width: 60 },
    { header: columns.level, key: 'level', width: 14 },
    { header: columns.stages, key: 'stages', width: 24 },
    { header: columns.group, key: 'group', width: 26 },
    { header: columns.link, key: 'link', width: 14 },
    { header: columns.status, key: 'status', width: 16 },
    { header: columns.owner, key: 'owner', width: 18 },
    { header: columns.due, key: 'due', width: 14 },
    { header: columns.notes, key: 'notes', width: 40 },
  ];
  for (const item of rows(document)) {
    const row = sheet.addRow({ ...item, link: { text: item.id, hyperlink: item.url }, status: statuses[0] });
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell('status').dataValidation = { type: 'list', allowBlank: true, formulae: [`"${statuses.join(',')}"`], showErrorMessage: true };
    row.getCell('due').numFmt = 'yyyy-mm-dd';
  }
  finishHeaderRow(sheet);
  return repackZip(new Uint8Array(await workbook.xlsx.writeBuffer()), date);
}

/**
 * A sheet that reads and prints well: a frozen header row, landscape pages fit to the width with the
 * header row repeated, `title` and `version` at the top of each page and its number at the foot.
 */
export function printableSheet(title: string, version: string, labels: { page: string; of: string }): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&L${escapeHeader(title)}&R${escapeHeader(version)}`, oddFooter: `&C${labels.page} &P ${labels.of} &N` },
  };
}

/** The header row in bold, with a filter on each column; call once the columns and rows are in. */
export function finishHeaderRow(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}

/** In a header or footer, "&" starts a code; a literal one is written "&&". */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A worksheet name: at most 31 characters, none of * ? : \ / [ ]. */
export function sheetName(title: string): string {
  return title
    .replace(/[*?:\\/[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
}
