/**
 * Writes a template as a Word file: the title, the counsel caution in a box as the first paragraph, the
 * version date, then each section with its heading, paragraphs, bulleted lists, notes in shaded boxes and
 * lines to sign. Fill-in blanks ("[Co-op name]") are highlighted so they are easy to find.
 *
 * The file is the same, byte for byte, each time: its dates come from the template's version date, not
 * the clock (see ../checklists/formats/zip.ts).
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, TextRun } from 'docx';
import { fileDate } from '../checklists/document';
import { repackZip } from '../checklists/formats/zip';
import type { Block, TemplateDocument, TemplateLabels } from './model';

const BLANK = /(\[[^\]]+\])/;
const GREY = '555555';

/** The runs of a text, with each [blank] highlighted. */
function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text
    .split(BLANK)
    .filter((part) => part !== '')
    .map((part) => (BLANK.test(part) ? new TextRun({ text: part, bold: options.bold, highlight: 'yellow' }) : new TextRun({ text: part, bold: options.bold })));
}

const box = (color: string) => {
  const side = { style: BorderStyle.SINGLE, size: 6, color, space: 4 };
  return { top: side, bottom: side, left: side, right: side };
};

function caution(text: string): Paragraph {
  return new Paragraph({
    border: box('B00020'),
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4E5' },
    spacing: { before: 120, after: 120 },
    children: runs(text, { bold: true }),
  });
}

function noteParagraph(block: Extract<Block, { kind: 'note' }>, labels: TemplateLabels): Paragraph {
  return new Paragraph({
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: '2E6DA4', space: 6 } },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF3F8' },
    indent: { left: 240 },
    spacing: { before: 120, after: 120 },
    children: [new TextRun({ text: `${block.note === 'stateLaw' ? labels.stateLaw : labels.note}: `, bold: true }), ...runs(block.text)],
  });
}

function blockParagraphs(block: Block, labels: TemplateLabels): Paragraph[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: runs(block.text) })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: runs(item) }));
    case 'note':
      return [noteParagraph(block, labels)];
    case 'signature':
      return block.lines.map(
        (line) => new Paragraph({ spacing: { before: 480 }, keepLines: true, children: [new TextRun(`${line}: `), new TextRun('_______________________________________')] }),
      );
  }
}

function body(document: TemplateDocument): Paragraph[] {
  const { labels } = document;
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
    caution(document.caution),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: labels.revised.replace('{date}', document.revised), italics: true, color: GREY })] }),
  ];
  for (const section of document.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(section.heading)] }));
    for (const block of section.blocks) children.push(...blockParagraphs(block, labels));
  }
  return children;
}

/** The Word file of a template in one language. */
export async function templateDocx(document: TemplateDocument): Promise<Buffer> {
  const { labels } = document;
  const header = new Header({
    children: [new Paragraph({ children: [new TextRun({ text: `${document.title} · ${labels.header}`, size: 16, color: GREY })] })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, children: [`${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const file = new Document({
    creator: document.publisher,
    lastModifiedBy: document.publisher,
    title: document.title,
    subject: document.title,
    description: document.caution,
    styles: { default: { document: { run: { language: { value: document.language === 'es' ? 'es-US' : 'en-US' } } } } },
    sections: [{ headers: { default: header }, footers: { default: footer }, children: body(document) }],
  });
  return repackZip(await Packer.toBuffer(file), fileDate({ date: document.revised }));
}
