import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateDocx } from './docx';
import { projectToolData, projectToolDataIn } from '../tool-data/project';
import { buildTemplateFiles as buildFrom, TEMPLATE_IDS, templateDocument as documentIn } from './index';
import type { Language } from './model';

// The real templates of tool-data/templates/ and their Spanish translations.
const buildTemplateFiles = () => buildFrom(projectToolData());
const templateDocument = (id: (typeof TEMPLATE_IDS)[number], language: Language) => documentIn(projectToolDataIn(language).templates, id);
const TEMPLATES = projectToolDataIn('en').templates.entries;

async function read(buffer: Buffer): Promise<{ paragraphs: string[]; html: string }> {
  expect(buffer.subarray(0, 2).toString()).toBe('PK');
  const [{ value: raw }, { value: html }] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return {
    paragraphs: raw
      .split('\n\n')
      .map((line) => line.trim())
      .filter(Boolean),
    html,
  };
}

describe('buildTemplateFiles', () => {
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    files = await buildTemplateFiles();
  });

  it('gives every template in both languages, keyed by its path from the site root, sorted', () => {
    expect([...files.keys()]).toEqual([
      'templates/bylaws-outline.en.docx',
      'templates/bylaws-outline.es.docx',
      'templates/engagement-letter.en.docx',
      'templates/engagement-letter.es.docx',
      'templates/membership-agreement.en.docx',
      'templates/membership-agreement.es.docx',
    ]);
    expect([...files.keys()].sort()).toEqual(TEMPLATES.flatMap((entry) => [entry.files.en, entry.files.es]).sort());
  });

  it('gives byte-identical files on a second run', async () => {
    const again = await buildTemplateFiles();
    for (const [name, content] of files) expect(again.get(name)!.equals(content), name).toBe(true);
  });

  it.each(TEMPLATE_IDS.flatMap((id) => (['en', 'es'] as const).map((language) => [id, language] as const)))(
    'writes %s (%s) with the title, then the counsel caution, then every heading and paragraph',
    async (id, language) => {
      const document = templateDocument(id, language);
      const { paragraphs, html } = await read(files.get(`templates/${id}.${language}.docx`)!);
      expect(paragraphs[0]).toBe(document.title);
      expect(paragraphs[1]).toBe(document.caution);
      expect(html).toContain(`<p><strong>${document.caution.replace(/&/g, '&amp;')}</strong></p>`);
      for (const section of document.sections) {
        expect(html).toContain(`<h1>${section.heading}</h1>`);
        for (const block of section.blocks) {
          if (block.kind === 'paragraph') expect(paragraphs).toContain(block.text);
          if (block.kind === 'bullets') for (const item of block.items) expect(html).toContain(`<li>${item}</li>`);
        }
      }
    },
  );

  it('writes the Spanish text in the Spanish files, and notes with their labels', async () => {
    const { paragraphs } = await read(files.get('templates/membership-agreement.es.docx')!);
    expect(paragraphs).toContain('Como socio, usted tiene derecho a:');
    expect(paragraphs.some((line) => line.startsWith('Revise en la ley de su estado: Vender acciones de membresía'))).toBe(true);
    expect(paragraphs.some((line) => line.startsWith('Nota: Fije una cuota de ingreso'))).toBe(true);
    expect(paragraphs).toContain(`Versión de la plantilla del ${templateDocument('membership-agreement', 'es').revised}`);
    const english = await read(files.get('templates/membership-agreement.en.docx')!);
    expect(english.paragraphs.join('\n')).not.toContain('socio');
  });
});

describe('templateDocx', () => {
  it('writes the same file for the same template, and its dates come from the version date', async () => {
    const document = templateDocument('bylaws-outline', 'en');
    const [first, second] = [await templateDocx(document), await templateDocx(document)];
    expect(first.equals(second)).toBe(true);
    const JSZip = (await import('jszip')).default;
    const core = await (await JSZip.loadAsync(first)).file('docProps/core.xml')!.async('string');
    expect(document.revised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${document.revised}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${document.revised}T00:00:00Z</dcterms:modified>`);
  });

  it('highlights the fill-in blanks', async () => {
    const JSZip = (await import('jszip')).default;
    const file = await templateDocx(templateDocument('engagement-letter', 'en'));
    const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[Developer name\]<\/w:t>/);
  });
});
