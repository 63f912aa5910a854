import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/core/checklists/document';
import { buildChecklistDownloads, CHECKLIST_FORMATS, sha256sums } from '../../src/core/checklists/downloads';
import { loadLibraryOrThrow } from '../../src/core/load';
import { validateChecklistExport } from '../../src/core/schemas';
import { selectStandardsForProfile } from '../../src/core/select';

const ROOT = path.resolve(__dirname, '..', '..');
const library = loadLibraryOrThrow(ROOT);
const options = { siteUrl: 'https://example.org', projectRoot: ROOT };
let files: Map<string, Buffer>;

beforeAll(async () => {
  files = await buildChecklistDownloads(library, options);
}, 60_000);

/** The IDs each profile selects, in the order the checklist lists them. */
function expectedIds(profileId: string, language: 'en' | 'es'): string[] {
  const profile = library.checklists.find((candidate) => candidate.id === profileId)!;
  const document = buildChecklist(library, profile, language, options);
  const ids = document.groups.flatMap((group) => group.items.map((item) => item.id));
  expect([...ids].sort()).toEqual(
    selectStandardsForProfile(profile.select, library.standards)
      .map((standard) => standard.id)
      .sort(),
  );
  return ids;
}

const cases = library.checklists.flatMap((profile) => (['en', 'es'] as const).map((language) => [profile.id, language] as const));
const file = (id: string, language: string, format: string) => files.get(`checklists/${id}.${language}.${format}`)!;

describe('checklist downloads', () => {
  it('exist for every profile, in both languages, in all six formats', () => {
    expect(files.size).toBe(library.checklists.length * 2 * CHECKLIST_FORMATS.length);
    expect(library.checklists.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s (%s): the XLSX has one row per standard, a Status drop-down, a frozen header and filters', async (id, language) => {
    const rows = (await readSheet(file(id, language, 'xlsx'))) as unknown[][];
    expect(rows.slice(1).map((row) => row[0])).toEqual(expectedIds(id, language));
    expect(rows[0]).toHaveLength(11);
    const sheetXml = await (await JSZip.loadAsync(file(id, language, 'xlsx'))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheetXml).toContain('<autoFilter');
    expect(sheetXml).toMatch(/<dataValidation type="list"[^>]*><formula1>&quot;[^&,]+,[^&,]+,[^&,]+,[^&,]+&quot;<\/formula1>/);
    expect(sheetXml).toContain('<pageSetup');
  });

  it.each(cases)('%s (%s): the DOCX holds each standard with its statement', async (id, language) => {
    const { value: text } = await mammoth.extractRawText({ buffer: file(id, language, 'docx') });
    const profile = library.checklists.find((candidate) => candidate.id === id)!;
    const document = buildChecklist(library, profile, language, options);
    expect(text).toContain(document.title);
    for (const item of document.groups.flatMap((group) => group.items)) {
      expect(text).toContain(`☐ ${item.id} ${item.title}`);
      expect(text).toContain(item.statement);
    }
  });

  it.each(cases)('%s (%s): the PDF text has every standard, and the title and page numbers on every page', async (id, language) => {
    const parser = new PDFParse({ data: new Uint8Array(file(id, language, 'pdf')) });
    const result = await parser.getText();
    await parser.destroy();
    const profile = library.checklists.find((candidate) => candidate.id === id)!;
    const compact = result.text.replace(/\s+/g, ' ');
    for (const itemId of expectedIds(id, language)) expect(compact).toContain(itemId);
    expect(result.pages.length).toBeGreaterThan(1);
    result.pages.forEach((page, index) => {
      expect(page.text.replace(/\s+/g, ' ')).toContain(profile.title[language]);
      expect(page.text).toContain(`${language === 'es' ? 'Página' : 'Page'} ${index + 1} ${language === 'es' ? 'de' : 'of'} ${result.pages.length}`);
    });
  });

  it.each(cases)('%s (%s): the CSV follows RFC 4180, with a byte-order mark and CRLF', (id, language) => {
    const buffer = file(id, language, 'csv');
    expect(buffer.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(buffer.toString('utf8')).toContain('\r\n');
    const records = parse(buffer, { bom: true, relax_column_count: false }) as string[][];
    expect(records.slice(1).map((record) => record[0])).toEqual(expectedIds(id, language));
  });

  it.each(cases)('%s (%s): the Markdown is a task list and the JSON passes its published schema', (id, language) => {
    const markdown = file(id, language, 'md').toString('utf8');
    expect(markdown.match(/^- \[ \] /gm)).toHaveLength(expectedIds(id, language).length);
    const json = JSON.parse(file(id, language, 'json').toString('utf8'));
    expect(validateChecklistExport(json)).toEqual([]);
    expect(json.groups.flatMap((group: { items: Array<{ id: string }> }) => group.items.map((item) => item.id))).toEqual(expectedIds(id, language));
    expect(json.version).toBe(library.meta.version);
  });

  it('keep the Spanish letters intact in every format', async () => {
    const profile = library.checklists.find((candidate) => candidate.id === 'lender-due-diligence')!;
    const accented = profile.purpose.es.split(/[\s.,;:]+/).filter((word) => /[áéíóúñ]/i.test(word));
    expect(accented.length).toBeGreaterThan(0);
    expect(file('lender-due-diligence', 'es', 'csv').toString('utf8')).toContain('Estándar,Enunciado');
    const pdf = new PDFParse({ data: new Uint8Array(file('lender-due-diligence', 'es', 'pdf')) });
    const text = (await pdf.getText()).text;
    await pdf.destroy();
    const { value: docx } = await mammoth.extractRawText({ buffer: file('lender-due-diligence', 'es', 'docx') });
    for (const word of accented) {
      expect(text).toContain(word);
      expect(docx).toContain(word);
      expect(file('lender-due-diligence', 'es', 'md').toString('utf8')).toContain(word);
    }
  });

  it('are byte-identical when built twice from the same sources', async () => {
    const again = await buildChecklistDownloads(library, options);
    expect(sha256sums(again)).toBe(sha256sums(files));
  }, 60_000);

  it('come with a SHA256SUMS list that matches each file', () => {
    const lines = sha256sums(files).trim().split('\n');
    expect(lines).toHaveLength(files.size);
    for (const line of lines) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(files.get(name!)!).digest('hex')).toBe(hash);
    }
  });
});
