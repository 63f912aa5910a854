/**
 * What every PDF download shares: Letter paper, the standard Helvetica fonts (they cover the Spanish
 * letters á, ñ, ¿, ¡), document properties dated from the release, never the clock, and a running
 * header and page number stamped on each page once all pages exist.
 */
import PDFDocument from 'pdfkit';
import type { Language } from '../../model';

export const MARGIN = 54;

export interface PdfProperties {
  language: Language;
  title: string;
  author: string;
  subject: string;
  /** The CreationDate and ModDate, e.g. from fileDate(). */
  date: Date;
}

/** A new PDF, and the promise of its bytes once `pdf.end()` has been called. */
export function openPdf(properties: PdfProperties): { pdf: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const { language, title, author, subject, date } = properties;
  const pdf = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN + 18, bottom: MARGIN + 18, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: language === 'es' ? 'es-US' : 'en-US',
    info: { Title: title, Author: author, Subject: subject, CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  return { pdf, done };
}

/** The width of the text between the side margins. */
export function textWidth(pdf: PDFKit.PDFDocument): number {
  return pdf.page.width - MARGIN * 2;
}

/**
 * Writes `header` at the top and "Page n of N" at the foot of every page from `firstPage` on (a title
 * page can go without), counting all pages.
 */
export function stampPages(pdf: PDFKit.PDFDocument, header: string, labels: { page: string; of: string }, firstPage = 0): void {
  const width = textWidth(pdf);
  const range = pdf.bufferedPageRange();
  for (let index = range.start + firstPage; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('Helvetica').fontSize(8).fillColor('#555555');
    pdf.text(header, MARGIN, MARGIN - 4, { width, lineBreak: false });
    pdf.text(`${labels.page} ${index + 1} ${labels.of} ${range.count}`, MARGIN, pdf.page.height - MARGIN + 8, { width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
