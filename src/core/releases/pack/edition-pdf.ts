/**
 * edition.<language>.pdf: the whole edition as one printable book. A title page with the contents,
 * then each domain on a new page: its purpose and scope, each standard in full (statement, facets,
 * why it matters, how to meet it, evidence), and its retired standards in brief with their successors.
 * Bookmarks lead to each domain and standard. Dated from the release, like every download.
 */
import { fileDate } from '../../checklists/document';
import { versionLine } from '../../checklists/formats/common';
import { MARGIN, openPdf, stampPages, textWidth } from '../../checklists/formats/pdf-frame';
import type { Edition, EditionStandard } from './edition';
import { markdownBlocks, type Block, type TextRun } from './markdown-blocks';

const LINK = '#1f5f8b';
const MUTED = '#555555';

type Pdf = PDFKit.PDFDocument;

export function editionPdf(edition: Edition): Promise<Buffer> {
  const { labels } = edition;
  const { pdf, done } = openPdf({
    language: edition.language,
    title: `${edition.edition} ${edition.version}`,
    author: edition.edition,
    subject: versionLine(edition),
    date: fileDate(edition),
  });
  const width = textWidth(pdf);

  // The title page; the contents are written on it once the page of each domain is known.
  pdf.moveDown(5).font('Helvetica-Bold').fontSize(28).text(edition.edition, { width });
  pdf.moveDown(0.4).font('Helvetica').fontSize(16).text(`${labels.version} ${edition.version}`, { width });
  pdf
    .fontSize(12)
    .fillColor(MUTED)
    .text(capitalize(edition.date ? `${labels.released} ${edition.date}` : labels.draft), { width });
  pdf.text(`${labels.license}: ${edition.license}`, { width }).fillColor('black');
  pdf.moveDown(2).font('Helvetica-Bold').fontSize(14).text(labels.contents, { width });
  const contentsTop = pdf.y + 6;

  const domainPages = edition.domains.map((domain) => {
    pdf.addPage();
    const page = pdf.bufferedPageRange().count;
    pdf.addNamedDestination(domain.id);
    const bookmark = pdf.outline.addItem(domain.title);
    pdf.font('Helvetica-Bold').fontSize(20).text(domain.title, { width });
    pdf.moveDown(0.5);
    writeBlocks(pdf, markdownBlocks(domain.purpose), { x: MARGIN, width, size: 11 });
    pdf.fillColor(MUTED);
    writeBlocks(pdf, withLead(`${labels.scope}: `, markdownBlocks(domain.scope)), { x: MARGIN, width, size: 10 });
    pdf.fillColor('black');
    for (const standard of domain.standards.filter((candidate) => candidate.status !== 'retired')) {
      bookmark.addItem(`${standard.id} ${standard.title}`);
      writeStandard(pdf, edition, standard);
    }
    const retired = domain.standards.filter((candidate) => candidate.status === 'retired');
    if (retired.length > 0) {
      keepRoom(pdf, 80);
      pdf.moveDown(1).font('Helvetica-Bold').fontSize(14).text(labels.retired, MARGIN, pdf.y, { width });
      for (const standard of retired) writeRetired(pdf, edition, standard);
    }
    return { title: domain.title, id: domain.id, page };
  });

  pdf.switchToPage(0);
  pdf.y = contentsTop;
  for (const { title, id, page } of domainPages) {
    const y = pdf.y;
    pdf
      .font('Helvetica')
      .fontSize(12)
      .fillColor(LINK)
      .text(title, MARGIN, y, { width: width - 40, goTo: id, lineBreak: false });
    pdf.fillColor('black').text(String(page), MARGIN, y, { width, align: 'right', lineBreak: false });
    pdf.y = y + 20;
  }

  stampPages(pdf, versionLine(edition), labels, 1);
  pdf.end();
  return done;
}

function writeStandard(pdf: Pdf, edition: Edition, standard: EditionStandard): void {
  const { labels } = edition;
  const { cells } = standard;
  const { columns } = labels;
  const width = textWidth(pdf);
  keepRoom(pdf, 140);
  pdf.moveDown(1.2);
  writeHeading(pdf, standard, 13);
  pdf.moveDown(0.3).font('Helvetica-Bold').fontSize(11).text(standard.statement, MARGIN, pdf.y, { width });
  const facts = [
    `${columns.level}: ${cells.level}`,
    `${columns.stages}: ${cells.stages}`,
    `${columns.pathways}: ${cells.pathways}`,
    `${columns.audiences}: ${cells.audiences}`,
    `${labels.introduced} ${cells.introduced}`,
    ...(standard.status === 'active' ? [] : [`${columns.status}: ${cells.status}`]),
  ];
  pdf.moveDown(0.3).font('Helvetica').fontSize(9).fillColor(MUTED).text(facts.join(' · '), { width });
  if (!standard.translated) pdf.font('Helvetica-Oblique').text(labels.untranslated, { width });
  pdf.fillColor('black');
  const sections: Array<[string, Block[]]> = [
    [labels.rationale, markdownBlocks(standard.rationale)],
    [labels.guidance, markdownBlocks(standard.guidance)],
    [labels.evidence, [{ kind: 'list', ordered: false, start: 1, items: standard.evidence.map((text) => [plain(text)]) }]],
  ];
  for (const [heading, blocks] of sections) {
    keepRoom(pdf, 60);
    pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(10.5).text(heading, MARGIN, pdf.y, { width });
    pdf.moveDown(0.2);
    writeBlocks(pdf, blocks, { x: MARGIN, width, size: 10 });
  }
}

function writeRetired(pdf: Pdf, edition: Edition, standard: EditionStandard): void {
  keepRoom(pdf, 70);
  pdf.moveDown(0.6);
  writeHeading(pdf, standard, 11);
  pdf
    .font('Helvetica')
    .fontSize(10)
    .text(edition.labels.retiredNote, MARGIN, pdf.y + 2, { width: textWidth(pdf) });
  for (const successor of standard.successors) {
    const y = pdf.y + 2;
    pdf.text('•', MARGIN + 4, y, { lineBreak: false });
    pdf.fillColor(LINK).text(successor.id, MARGIN + 18, y, { continued: true, link: successor.url, underline: true });
    pdf.fillColor('black').text(` ${successor.title}`, { link: null, underline: false, width: textWidth(pdf) - 18 });
  }
}

/** "GOV-01 One member, one vote", the ID linked to the standard's page. */
function writeHeading(pdf: Pdf, standard: EditionStandard, size: number): void {
  pdf.font('Helvetica-Bold').fontSize(size).fillColor(LINK).text(standard.id, MARGIN, pdf.y, { continued: true, link: standard.url, underline: true });
  pdf.fillColor('black').text(` ${standard.title}`, { link: null, underline: false, width: textWidth(pdf) });
}

interface Frame {
  x: number;
  width: number;
  size: number;
}

/** Paragraphs and lists, nested lists indented; a list item's marker sits beside its first line. */
function writeBlocks(pdf: Pdf, blocks: readonly Block[], frame: Frame): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      keepRoom(pdf, frame.size * 3);
      writeRuns(pdf, block.runs, frame);
      pdf.moveDown(0.35);
      continue;
    }
    block.items.forEach((item, index) => {
      keepRoom(pdf, frame.size * 3);
      const y = pdf.y;
      const marker = block.ordered ? `${block.start + index}.` : '•';
      pdf
        .font('Helvetica')
        .fontSize(frame.size)
        .text(marker, frame.x + 4, y, { lineBreak: false });
      pdf.y = y;
      writeBlocks(pdf, item, { ...frame, x: frame.x + 18, width: frame.width - 18 });
    });
  }
}

function writeRuns(pdf: Pdf, runs: readonly TextRun[], frame: Frame): void {
  runs.forEach((run, index) => {
    const font = run.bold ? (run.italic ? 'Helvetica-BoldOblique' : 'Helvetica-Bold') : run.italic ? 'Helvetica-Oblique' : 'Helvetica';
    pdf.font(font).fontSize(frame.size);
    const options = { width: frame.width, continued: index < runs.length - 1, lineGap: 1 };
    if (index === 0) pdf.text(run.text, frame.x, pdf.y, options);
    else pdf.text(run.text, options);
  });
}

/** Starts a new page when less than `height` points are left on this one. */
function keepRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
}

/** The blocks with `lead` in bold at the start of the first paragraph. */
function withLead(lead: string, blocks: readonly Block[]): Block[] {
  const [first, ...rest] = blocks;
  const leadRun: TextRun = { text: lead, bold: true, italic: false };
  if (first?.kind === 'paragraph') return [{ kind: 'paragraph', runs: [leadRun, ...first.runs] }, ...rest];
  return [{ kind: 'paragraph', runs: [leadRun] }, ...blocks];
}

function plain(text: string): Block {
  return { kind: 'paragraph', runs: [{ text, bold: false, italic: false }] };
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
