/**
 * standards.xlsx: one sheet per language with the same columns as the CSV, a frozen header with
 * filters, readable widths, and print settings; dated from the release, so two builds are identical.
 */
import ExcelJS from 'exceljs';
import { fileDate } from '../../checklists/document';
import { versionLine } from '../../checklists/formats/common';
import { finishHeaderRow, printableSheet, sheetName } from '../../checklists/formats/xlsx';
import { repackZip } from '../../checklists/formats/zip';
import { editionTable, type Edition } from './edition';
import { EDITION_COLUMNS, type EditionColumn } from './labels';

const WIDTHS: Record<EditionColumn, number> = {
  id: 10,
  title: 34,
  domain: 22,
  level: 14,
  stages: 24,
  pathways: 20,
  audiences: 30,
  status: 16,
  introduced: 12,
  statement: 60,
  successors: 14,
  url: 44,
};

/** `editions`: the same version in each language, the source language first. */
export async function standardsXlsx(editions: readonly Edition[]): Promise<Buffer> {
  const [first] = editions;
  if (!first) throw new Error('standardsXlsx needs the edition in at least one language');
  const date = fileDate(first);
  const workbook = new ExcelJS.Workbook();
  const title = `${first.edition} ${first.version}`;
  Object.assign(workbook, { creator: first.edition, lastModifiedBy: first.edition, created: date, modified: date, title });
  for (const edition of editions) {
    const sheet = workbook.addWorksheet(sheetName(`${edition.labels.sheet} (${edition.language})`), printableSheet(edition.edition, versionLine(edition), edition.labels));
    const [header = [], ...rows] = editionTable(edition);
    sheet.columns = EDITION_COLUMNS.map((key, index) => ({ header: header[index], key, width: WIDTHS[key] }));
    for (const cells of rows) {
      const values = Object.fromEntries(EDITION_COLUMNS.map((key, index) => [key, cells[index]]));
      const url = values.url!;
      const row = sheet.addRow({ ...values, url: { text: url, hyperlink: url } });
      row.alignment = { vertical: 'top', wrapText: true };
    }
    finishHeaderRow(sheet);
  }
  return repackZip(new Uint8Array(await workbook.xlsx.writeBuffer()), date);
}
