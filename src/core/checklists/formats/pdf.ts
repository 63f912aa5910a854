/**
 * PDF: printable on Letter paper, with a checkbox per standard, and the title, version, date and page
 * number on every page. The standard Helvetica font covers the Spanish letters (á, ñ, ¿, ¡).
 */
import PDFDocument from 'pdfkit';
import { fileDate, type ChecklistDocument } from '../document';
import { versionLine } from './common';

const MARGIN = 54;

export function checklistPdf(document: ChecklistDocument): Promise<Buffer> {
  const date = fileDate(document);
  const pdf = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN + 18, bottom: MARGIN + 18, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: document.language === 'es' ? 'es-US' : 'en-US',
    info: { Title: document.title, Author: document.edition, Subject: document.purpose, CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const width = pdf.page.width - MARGIN * 2;

  pdf.font('Helvetica-Bold').fontSize(20).text(document.title, { width });
  pdf.moveDown(0.3).font('Helvetica').fontSize(11).text(document.purpose, { width });
  pdf.moveDown(0.3).fontSize(9).fillColor('#444444').text(`${versionLine(document)}. ${document.labels.source}`, { width });
  pdf.fillColor('#1f5f8b').text(document.url, { width, link: document.url, underline: true }).fillColor('black');

  for (const group of document.groups) {
    pdf.moveDown(1).font('Helvetica-Bold').fontSize(14).text(group.title, { width });
    for (const item of group.items) {
      if (pdf.y > pdf.page.height - MARGIN - 110) pdf.addPage();
      pdf.moveDown(0.5);
      const top = pdf.y;
      pdf.lineWidth(1).rect(MARGIN, top + 1, 10, 10).stroke();
      pdf.font('Helvetica-Bold').fontSize(11).fillColor('#1f5f8b').text(item.id, MARGIN + 18, top, { continued: true, link: item.url, underline: true });
      pdf.fillColor('black').text(` ${item.title}`, { underline: false, width: width - 18 });
      pdf.font('Helvetica').fontSize(10).text(item.statement, MARGIN + 18, pdf.y + 2, { width: width - 18 });
      pdf.fontSize(9).fillColor('#555555').text(`${document.labels.notes}: ____________________________________________________________`, MARGIN + 18, pdf.y + 4, { width: width - 18 });
      pdf.fillColor('black');
    }
  }

  // Title, version and page number on every page, added once all pages exist.
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('Helvetica').fontSize(8).fillColor('#555555');
    pdf.text(`${document.title} · ${versionLine(document)}`, MARGIN, MARGIN - 4, { width, lineBreak: false });
    pdf.text(`${document.labels.page} ${index + 1} ${document.labels.of} ${range.count}`, MARGIN, pdf.page.height - MARGIN + 8, { width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
