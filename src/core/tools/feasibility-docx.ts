/**
 * The DOCX download of the feasibility worksheet: the title, the criteria table, then each section
 * (the overall result, the break-even check, the decision) as a heading and a two-column table, and
 * the notes at the end (how the result is worked out, and that the group decides).
 *
 * The `docx` library is loaded only when someone asks for the file, so it does not weigh on the page.
 */
import type { FeasibilitySection } from './feasibility-export';

export interface FeasibilityDocxContent {
  title: string;
  /** The criteria table; the first row is the header, repeated on each page. */
  criteriaRows: string[][];
  sections: FeasibilitySection[];
  /** Paragraphs at the end, in order. */
  after: string[];
  /** Words of the page footer: "Page 1 of 2". */
  page: string;
  of: string;
}

/** A Word file with the whole worksheet, landscape so the criteria table has room. */
export async function feasibilityDocx(content: FeasibilityDocxContent): Promise<Blob | Buffer> {
  const { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const cell = (value: string, bold = false) =>
    new TableCell({
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
    });
  const table = (rows: string[][], header: boolean) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map(
        (row, rowIndex) =>
          new TableRow({
            tableHeader: header && rowIndex === 0,
            cantSplit: true,
            children: row.map((value, index) => cell(value, (header && rowIndex === 0) || index === 0)),
          }),
      ),
    });
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun(text)] });
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(content.title)] }),
    table(content.criteriaRows, true),
    ...content.sections.flatMap((section) => [heading(section.heading), table(section.rows, false)]),
    ...content.after.map((line) => new Paragraph({ spacing: { before: 200 }, children: [new TextRun(line)] })),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${content.page} `, PageNumber.CURRENT, ` ${content.of} `, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const file = new Document({
    title: content.title,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, footers: { default: footer }, children }],
  });
  return typeof window === 'undefined' ? Packer.toBuffer(file) : Packer.toBlob(file);
}
