/** DOCX: a heading per group, a checkbox line per standard with its statement, and room for notes. */
import { AlignmentType, Document, ExternalHyperlink, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { fileDate, type ChecklistDocument } from '../document';
import { versionLine } from './common';
import { repackZip } from './zip';

export async function checklistDocx(document: ChecklistDocument): Promise<Buffer> {
  const { labels } = document;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
    new Paragraph({ children: [new TextRun(document.purpose)] }),
    new Paragraph({ children: [new TextRun({ text: `${versionLine(document)}. ${labels.source}`, italics: true })] }),
    new Paragraph({ children: [new ExternalHyperlink({ link: document.url, children: [new TextRun({ text: document.url, style: 'Hyperlink' })] })] }),
  ];
  for (const group of document.groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(group.title)] }));
    for (const item of group.items) {
      children.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 200 },
          children: [
            new TextRun({ text: '☐ ', font: 'Segoe UI Symbol', size: 28 }),
            new ExternalHyperlink({ link: item.url, children: [new TextRun({ text: item.id, bold: true, style: 'Hyperlink' })] }),
            new TextRun({ text: ` ${item.title}`, bold: true }),
          ],
        }),
        new Paragraph({ indent: { left: 400 }, keepNext: true, children: [new TextRun(item.statement)] }),
        new Paragraph({ indent: { left: 400 }, children: [new TextRun({ text: `${labels.notes}: ______________________________________________`, color: '555555' })] }),
      );
    }
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const header = new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${document.title} · ${versionLine(document)}`, size: 16, color: '555555' })] })] });
  const file = new Document({
    creator: document.edition,
    title: document.title,
    description: document.purpose,
    lastModifiedBy: document.edition,
    sections: [{ headers: { default: header }, footers: { default: footer }, children }],
  });
  return repackZip(await Packer.toBuffer(file), fileDate(document));
}
