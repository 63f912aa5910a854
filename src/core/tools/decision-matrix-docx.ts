/**
 * The DOCX download of the decision matrix: the title, the date if the group typed one, the table,
 * and the notes under it (the cautions and the advice to review the matrix every year).
 *
 * The `docx` library is loaded only when someone asks for the file, so it does not weigh on the page.
 */

export interface DecisionMatrixDocxText {
  /** A line under the title, like "Date of this matrix: 2025-03-01"; left out when empty. */
  dateLine?: string;
  /** Paragraphs under the table, in order. */
  after: string[];
  /** Words of the page footer: "Page 1 of 2". */
  page: string;
  of: string;
}

/** A Word file with the table: the first row of `rows` is the header, repeated on each page. */
export async function decisionMatrixDocx(rows: string[][], title: string, text: DecisionMatrixDocxText): Promise<Blob | Buffer> {
  const { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const [header = [], ...body] = rows;
  const cell = (value: string, bold = false) =>
    new TableCell({
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((value) => cell(value, true)),
      }),
      ...body.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, index) => cell(value, index === 0)),
          }),
      ),
    ],
  });
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(title)],
    }),
    ...(text.dateLine ? [new Paragraph({ children: [new TextRun(text.dateLine)] })] : []),
    table,
    ...text.after.map(
      (line) =>
        new Paragraph({
          spacing: { before: 200 },
          children: [new TextRun(line)],
        }),
    ),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [`${text.page} `, PageNumber.CURRENT, ` ${text.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  const file = new Document({
    title,
    sections: [
      {
        properties: {
          page: { size: { orientation: PageOrientation.LANDSCAPE } },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return typeof window === 'undefined' ? Packer.toBuffer(file) : Packer.toBlob(file);
}
