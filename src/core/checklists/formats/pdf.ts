/**
 * PDF: printable on Letter paper, with a checkbox per standard, and the title, version, date and page
 * number on every page (see pdf-frame.ts).
 */
import { fileDate, type ChecklistDocument } from '../document';
import { versionLine } from './common';
import { MARGIN, openPdf, stampPages, textWidth } from './pdf-frame';

export function checklistPdf(document: ChecklistDocument): Promise<Buffer> {
  const { pdf, done } = openPdf({ language: document.language, title: document.title, author: document.edition, subject: document.purpose, date: fileDate(document) });
  const width = textWidth(pdf);

  pdf.font('Helvetica-Bold').fontSize(20).text(document.title, { width });
  pdf.moveDown(0.3).font('Helvetica').fontSize(11).text(document.purpose, { width });
  pdf
    .moveDown(0.3)
    .fontSize(9)
    .fillColor('#444444')
    .text(`${versionLine(document)}. ${document.labels.source}`, { width });
  pdf.fillColor('#1f5f8b').text(document.url, { width, link: document.url, underline: true }).fillColor('black');

  for (const group of document.groups) {
    pdf.moveDown(1).font('Helvetica-Bold').fontSize(14).text(group.title, { width });
    for (const item of group.items) {
      if (pdf.y > pdf.page.height - MARGIN - 110) pdf.addPage();
      pdf.moveDown(0.5);
      const top = pdf.y;
      pdf
        .lineWidth(1)
        .rect(MARGIN, top + 1, 10, 10)
        .stroke();
      pdf
        .font('Helvetica-Bold')
        .fontSize(11)
        .fillColor('#1f5f8b')
        .text(item.id, MARGIN + 18, top, { continued: true, link: item.url, underline: true });
      pdf.fillColor('black').text(` ${item.title}`, { underline: false, width: width - 18 });
      pdf
        .font('Helvetica')
        .fontSize(10)
        .text(item.statement, MARGIN + 18, pdf.y + 2, { width: width - 18 });
      pdf
        .fontSize(9)
        .fillColor('#555555')
        .text(`${document.labels.notes}: ____________________________________________________________`, MARGIN + 18, pdf.y + 4, { width: width - 18 });
      pdf.fillColor('black');
    }
  }

  stampPages(pdf, `${document.title} · ${versionLine(document)}`, document.labels);
  pdf.end();
  return done;
}
