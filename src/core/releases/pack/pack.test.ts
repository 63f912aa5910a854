import path from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256sums } from '../../checklists/downloads';
import { loadLibraryOrThrow } from '../../load';
import type { Library } from '../../model';
import { validateStandardsExport } from '../../schemas';
import { isReleased, libraryFromSnapshot } from '../snapshot';
import { buildReleasePack } from './index';

const ROOT = path.resolve(__dirname, '../../../..');
const options = { siteUrl: 'https://example.org', projectRoot: ROOT };
const real = loadLibraryOrThrow(ROOT);
const fixture = loadLibraryOrThrow(path.join(ROOT, 'tests/fixtures/valid'));
const released = libraryFromSnapshot(fixture.snapshots[0]!, fixture.releases);

const packs = new Map<Library, Map<string, Buffer>>();
beforeAll(async () => {
  for (const library of [real, fixture, released]) packs.set(library, await buildReleasePack(library, options));
}, 120_000);

const file = (library: Library, name: string) => packs.get(library)!.get(name)!;
const json = (library: Library) => JSON.parse(file(library, 'standards.json').toString('utf8'));
/** Text as a reader sees it: one space between words, a line broken after a hyphen joined again. */
const compact = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');

async function pdfText(library: Library, language: string) {
  const parser = new PDFParse({ data: new Uint8Array(file(library, `edition.${language}.pdf`)) });
  const text = await parser.getText();
  const info = await parser.getInfo();
  await parser.destroy();
  return { text: compact(text.text), pages: text.pages.map((page) => compact(page.text)), info };
}

const ENGLISH_HEADER = ['ID', 'Standard', 'Domain', 'Level', 'Stages', 'Pathways', 'Audiences', 'Status', 'Introduced in', 'Statement', 'Successors', 'Link'];
const SPANISH_HEADER = ['ID', 'Estándar', 'Área', 'Nivel', 'Etapas', 'Caminos', 'Públicos', 'Estado', 'Incluido desde la versión', 'Enunciado', 'Sucesores', 'Enlace'];

describe('buildReleasePack', () => {
  it('holds the standards as JSON, CSV and XLSX, the edition as a PDF per language, and every checklist, sorted', () => {
    for (const library of [real, fixture, released]) {
      const names = [...packs.get(library)!.keys()];
      expect(names).toEqual([...names].sort());
      expect(names.filter((name) => !name.startsWith('checklists/'))).toEqual([
        'edition.en.pdf',
        'edition.es.pdf',
        'standards.en.csv',
        'standards.es.csv',
        'standards.json',
        'standards.xlsx',
      ]);
      const checklists = names.filter((name) => name.startsWith('checklists/'));
      expect(checklists).toHaveLength(library.checklists.length * 2 * 6);
      for (const profile of library.checklists) expect(checklists).toContain(`checklists/${profile.id}.es.pdf`);
    }
  });

  it('writes standards.json that passes its published schema, with every standard of the version', () => {
    for (const library of [real, fixture, released]) {
      const data = json(library);
      expect(validateStandardsExport(data)).toEqual([]);
      expect(data.$schema).toBe('https://example.org/schemas/standards-export.schema.json');
      expect(data.version).toBe(library.meta.version);
      expect(data.standards.map((standard: { id: string }) => standard.id)).toEqual(library.standards.map((standard) => standard.id));
      expect(data.domains.map((domain: { id: string }) => domain.id)).toEqual(library.domains.map((domain) => domain.id));
    }
    const translatedIds = json(real)
      .standards.filter((standard: { translations: object }) => 'es' in standard.translations)
      .map((standard: { id: string }) => standard.id);
    expect(translatedIds).toEqual(real.standards.filter((standard) => real.translations.es?.has(standard.id)).map((standard) => standard.id));
  });

  it('dates standards.json from the release, and leaves the date out for a draft', () => {
    expect(json(fixture)).not.toHaveProperty('date');
    expect(json(released)).toMatchObject({ version: '1.0.0', date: '2026-01-15' });
  });

  it('keeps retired standards in standards.json with their successors, and the translations with their state', () => {
    const standards = json(fixture).standards as Array<{ id: string; url: string; translations: Record<string, unknown> }>;
    const retired = standards.find((standard) => standard.id === 'GOV-02')!;
    expect(retired).toMatchObject({ status: 'retired', successors: [{ id: 'GOV-01', relation: 'covered' }] });
    const translated = standards.find((standard) => standard.id === 'GOV-01')!;
    const translation = fixture.translations.es!.get('GOV-01')!;
    expect(translated.translations.es).toMatchObject({ title: translation.title, stale: translation.stale, url: 'https://example.org/es/standards/GOV-01' });
    // The fixture's 1.1.0 is a draft: its standards have no release address yet, so the files link to the current text.
    expect(translated.url).toBe('https://example.org/standards/GOV-01');
    expect(standards.find((standard) => standard.id === 'FIN-01')!.translations).toEqual({});
    expect(translated).not.toHaveProperty('file');
  });

  it.each([
    ['en', ENGLISH_HEADER, ''],
    ['es', SPANISH_HEADER, '/es'],
  ] as const)('writes standards.%s.csv with one row per standard, headed in its language', (language, header, prefix) => {
    for (const library of [real, released]) {
      const buffer = file(library, `standards.${language}.csv`);
      expect(buffer.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const [head, ...rows] = parse(buffer, { bom: true }) as string[][];
      expect(head).toEqual(header);
      expect(rows.map((row) => row[0])).toEqual(library.standards.map((standard) => standard.id));
      expect(rows.map((row) => row[11])).toEqual(
        library.standards.map((standard) => `https://example.org${prefix}/standards/${isReleased(library) ? `${library.meta.version}/` : ''}${standard.id}`),
      );
    }
  });

  it('writes the text of the CSV in its language, with retired standards and their successors', () => {
    const [, ...rows] = parse(file(real, 'standards.es.csv'), { bom: true }) as string[][];
    const gov01 = rows.find((row) => row[0] === 'GOV-01')!;
    expect(gov01[9]).toBe(real.translations.es!.get('GOV-01')!.statement);
    expect(gov01[3]).toBe('Esencial');
    expect(gov01[2]).toBe(real.translations.es!.get('governance')!.title);
    const [, ...englishRows] = parse(file(real, 'standards.en.csv'), { bom: true }) as string[][];
    expect(englishRows.find((row) => row[0] === 'GOV-01')![2]).toBe(real.domains.find((domain) => domain.id === 'governance')!.title);
    const [, ...fixtureRows] = parse(file(fixture, 'standards.en.csv'), { bom: true }) as string[][];
    expect(fixtureRows.find((row) => row[0] === 'GOV-02')).toEqual(expect.arrayContaining(['Retired', 'GOV-01']));
  });

  it('writes standards.xlsx with a sheet per language, the same rows as the CSV, and a frozen header', async () => {
    const sheets = await readXlsxFile(file(real, 'standards.xlsx'));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Standards (en)', 'Estándares (es)']);
    for (const [index, sheet] of sheets.entries()) {
      const language = index === 0 ? 'en' : 'es';
      const csv = parse(file(real, `standards.${language}.csv`), { bom: true }) as string[][];
      expect(sheet.data[0]).toEqual(language === 'en' ? ENGLISH_HEADER : SPANISH_HEADER);
      expect(sheet.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))).toEqual(csv);
    }
    const zip = await JSZip.loadAsync(file(real, 'standards.xlsx'));
    for (const sheet of ['sheet1', 'sheet2']) {
      const xml = await zip.file(`xl/worksheets/${sheet}.xml`)!.async('string');
      expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml).toContain('<autoFilter');
    }
  });

  it('dates the XLSX and its zip entries from the release', async () => {
    const zip = await JSZip.loadAsync(file(released, 'standards.xlsx'));
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T00:00:00Z</dcterms:created>');
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString().slice(0, 10)).toBe('2026-01-15');
  });

  it('writes the whole edition as a PDF in each language, each standard in full, with page numbers', async () => {
    const english = await pdfText(real, 'en');
    const spanish = await pdfText(real, 'es');
    const gov01 = real.standards.find((standard) => standard.id === 'GOV-01')!;
    const translation = real.translations.es!.get('GOV-01')!;
    expect(english.pages[0]).toContain(real.meta.name);
    expect(english.text).toContain(compact(gov01.statement));
    expect(english.text).toContain(compact(gov01.evidence[0]!));
    expect(english.text).toContain('Why it matters');
    expect(spanish.pages[0]).toContain(`Versión ${real.meta.version}`);
    expect(spanish.text).toContain(compact(translation.statement!));
    expect(spanish.text).toContain(compact(translation.evidence![0]!));
    expect(spanish.text).toContain('Por qué es importante');
    expect(spanish.text).not.toContain(compact(gov01.statement));
    for (const id of real.standards.map((standard) => standard.id)) expect(english.text).toContain(id);
    spanish.pages.slice(1).forEach((page, index) => expect(page).toContain(`Página ${index + 2} de ${spanish.pages.length}`));
    expect(english.info.outline?.map((item) => item.title)).toEqual(real.domains.map((domain) => domain.title));
  });

  it('renders the Markdown of the guidance as paragraphs and numbered lists, without its marks', async () => {
    const { text } = await pdfText(real, 'en');
    expect(text).toContain('1. Talk directly. The people involved try to settle it themselves');
    expect(text).not.toContain('**');
  });

  it('lists a retired standard briefly, with its successors', async () => {
    const { text } = await pdfText(fixture, 'en');
    expect(text).toContain('Retired standards GOV-02 An old rule about boards This standard is no longer in use. Its meaning now lives in: • GOV-01 One member, one vote');
    expect(text).not.toContain('The board meets every month with the members.');
  });

  it('says on the title page whether the edition is a draft or when it was released, and dates the PDF from the release', async () => {
    const draft = await pdfText(fixture, 'en');
    expect(draft.pages[0]).toContain('Version 1.1.0 Draft, not yet released');
    const release = await pdfText(released, 'es');
    expect(release.pages[0]).toContain('Versión 1.0.0 Publicada el 2026-01-15');
    expect(release.info.getDateNode().CreationDate?.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it('is byte-identical when built twice from the same library', async () => {
    for (const library of [real, released]) expect(sha256sums(await buildReleasePack(library, options))).toBe(sha256sums(packs.get(library)!));
  }, 120_000);
});
