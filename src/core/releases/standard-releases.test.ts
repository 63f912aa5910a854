import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCaseLibrary } from '../../../tests/support/fixtures';
import { loadLibraryOrThrow } from '../load';
import type { Library } from '../model';
import { buildComparison, comparisonFiles } from './comparable';
import { loadComparison } from './compare-view';
import { releaseHistory } from './history';
import { freezeRelease } from '../registry';
import { serializeSnapshot, snapshotFile } from './snapshot';
import { standardReleaseView } from './standard-releases';

// The valid fixture, with 1.1.0 cut: FIN-01 added, GOV-02 retired (covered by GOV-01), GOV-01 unchanged.
const NOTES =
  'version: 1.1.0\ndate: 2026-06-01\nsummary: Folds the board rule into GOV-01.\nchanges:\n  - { id: FIN-01, change: added, note: New finance standard. }\n  - { id: GOV-02, change: retired, note: Covered by GOV-01. }\n';
let library: Library;
let root: string;
const options = { language: 'en' as const, baseUrl: '/', siteUrl: 'https://example.org' };

beforeAll(() => {
  root = buildCaseLibrary('release-notes-wrong');
  fs.writeFileSync(path.join(root, 'standards/releases/1.1.0.yaml'), NOTES);
  fs.writeFileSync(path.join(root, snapshotFile('1.1.0')), serializeSnapshot(freezeRelease(loadLibraryOrThrow(root), '1.1.0')));
  // Only the snapshot is made here, not the pack a real cut archives: these views never read packs.
  library = loadLibraryOrThrow(root, undefined, { checkArchives: false });
});

describe('standardReleaseView', () => {
  it('cites the newest release that holds the text shown, with its date and permanent address', () => {
    expect(standardReleaseView(library, 'GOV-01', options).citation).toEqual({
      edition: 'Test Standards',
      version: '1.1.0',
      date: '2026-06-01',
      url: 'https://example.org/standards/1.1.0/GOV-01',
      draft: false,
    });
  });

  it('lists the releases that hold a standard and what happened to it in each', () => {
    expect(standardReleaseView(library, 'GOV-02', options).versions).toEqual([
      { version: '1.0.0', date: '2026-01-15', change: 'added', permalink: '/standards/1.0.0/GOV-02' },
      { version: '1.1.0', date: '2026-06-01', change: 'retired', permalink: '/standards/1.1.0/GOV-02' },
    ]);
    expect(standardReleaseView(library, 'GOV-01', options).versions.map((entry) => entry.change)).toEqual(['added', 'unchanged']);
  });

  it('gives a retired standard a tombstone: when, why, its successors and its last text', () => {
    expect(standardReleaseView(library, 'GOV-02', options).tombstone).toEqual({
      change: 'retired',
      version: '1.1.0',
      date: '2026-06-01',
      note: 'Covered by GOV-01.',
      noteLanguage: 'en',
      successors: [{ id: 'GOV-01', title: library.standards.find((standard) => standard.id === 'GOV-01')!.title, relation: 'covered', permalink: '/standards/GOV-01' }],
      lastActive: { version: '1.0.0', permalink: '/standards/1.0.0/GOV-02' },
    });
  });

  it("gives the note in the page's language where the release file translates it, else in English", () => {
    const translated = buildCaseLibrary('release-notes-wrong');
    fs.cpSync(root, translated, { recursive: true });
    fs.writeFileSync(
      path.join(translated, 'standards/releases/1.1.0.yaml'),
      `${NOTES}translations:\n  es:\n    summary: Une la regla de la junta a GOV-01.\n    notes:\n      GOV-02: Incluido en GOV-01.\n`,
    );
    const library = loadLibraryOrThrow(translated, undefined, { checkArchives: false });
    expect(standardReleaseView(library, 'GOV-02', { ...options, language: 'es', baseUrl: '/es/' }).tombstone).toMatchObject({ note: 'Incluido en GOV-01.', noteLanguage: 'es' });
    const comparison = buildComparison(library.snapshots[0], library.snapshots[1]!, library.releases, 'es', '/es/');
    expect(comparison.standards.map((standard) => standard.notes[0]!.language)).toEqual(['en', 'es']);
  });

  it("tells a past release's page whether the text changed since, and links to the comparison", () => {
    const unchanged = standardReleaseView(library, 'GOV-01', { ...options, version: '1.0.0' });
    expect(unchanged.archived).toEqual({ version: '1.0.0', date: '2026-01-15', newest: false, currentPermalink: '/standards/GOV-01', changedSince: false });
    expect(unchanged.citation.url).toBe('https://example.org/standards/1.0.0/GOV-01');
    const retired = standardReleaseView(library, 'GOV-02', { ...options, version: '1.0.0' });
    expect(retired.archived).toMatchObject({ changedSince: true, comparePermalink: '/releases/compare/1.0.0/1.1.0#GOV-02' });
    expect(retired.tombstone).toBeUndefined();
  });

  it('cites text changed after the newest release as a draft of the next version', () => {
    const draft = buildCaseLibrary('release-notes-wrong');
    fs.cpSync(root, draft, { recursive: true });
    const meta = path.join(draft, 'standards/library.yaml');
    fs.writeFileSync(meta, fs.readFileSync(meta, 'utf8').replace('version: 1.1.0', 'version: 1.2.0'));
    const file = path.join(draft, 'standards/finance/FIN-01.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^level: .*$/m, 'level: advanced'));
    fs.writeFileSync(
      path.join(draft, 'standards/releases/1.2.0.yaml'),
      'version: 1.2.0\ndate: 2026-12-01\nsummary: Raises FIN-01.\nchanges:\n  - { id: FIN-01, change: changed, note: Advanced now. }\n',
    );
    const next = loadLibraryOrThrow(draft, undefined, { checkArchives: false });
    expect(standardReleaseView(next, 'FIN-01', options).citation).toEqual({
      edition: 'Test Standards',
      version: '1.2.0',
      url: 'https://example.org/standards/FIN-01',
      draft: true,
    });
    expect(standardReleaseView(next, 'GOV-01', options).citation.version).toBe('1.1.0');
  });
});

describe('buildComparison and releaseHistory', () => {
  it('count and explain each change between two releases, with the notes of the releases between', () => {
    const [first, second] = library.snapshots;
    const comparison = buildComparison(first, second!, library.releases, 'en', '/');
    expect(comparison.counts).toEqual({ added: 1, changed: 0, moved: 0, retired: 1 });
    expect(comparison.standards.map((standard) => [standard.id, standard.change, standard.notes])).toEqual([
      ['FIN-01', 'added', [{ version: '1.1.0', note: 'New finance standard.', language: 'en' }]],
      ['GOV-02', 'retired', [{ version: '1.1.0', note: 'Covered by GOV-01.', language: 'en' }]],
    ]);
    expect(comparison.standards[1]).toMatchObject({
      beforePermalink: '/standards/1.0.0/GOV-02',
      afterPermalink: '/standards/1.1.0/GOV-02',
      fields: [{ field: 'status', before: 'active', after: 'retired' }],
    });
    expect(releaseHistory(library).map((entry) => [entry.version, entry.previous, entry.changes.length])).toEqual([
      ['1.0.0', undefined, 2],
      ['1.1.0', '1.0.0', 2],
    ]);
  });

  it('compare any two releases in the browser from the releases’ comparison files, as the build compares them, reading only the texts shown', async () => {
    const [first, second] = library.snapshots;
    for (const language of ['en', 'es'] as const) {
      const baseUrl = language === 'en' ? '/' : '/es/';
      const files = new Map([...comparisonFiles(first!, language), ...comparisonFiles(second!, language)]);
      const asked: string[] = [];
      const read = async (file: string) => {
        asked.push(file);
        return JSON.parse(files.get(file)!);
      };
      const comparison = await loadComparison(read, { from: first!.version, to: second!.version }, library.releases, language, baseUrl);
      expect(comparison).toEqual(buildComparison(first, second!, library.releases, language, baseUrl));
      // GOV-02 was retired: its status changed, not its texts, so no text of any standard was read.
      expect(asked.sort()).toEqual(['1.0.0.json', '1.1.0.json']);
    }
    const index = JSON.parse(comparisonFiles(first!, 'es').get('1.0.0.json')!);
    expect(index.standards.every((standard: { guidance: string }) => /^[0-9a-f]{16}$/.test(standard.guidance))).toBe(true);
    expect(index.texts).toEqual({});
    const spanishTitle = first!.translations.es?.find((record) => record.id === 'GOV-01')?.title ?? first!.standards.find((standard) => standard.id === 'GOV-01')!.title;
    expect(index.titles['GOV-01']).toBe(spanishTitle);
    expect(JSON.parse(comparisonFiles(first!, 'es').get('1.0.0/GOV-01.json')!).title).toBe(spanishTitle);
  });

  it('read the texts of a standard whose text changed, from both releases', async () => {
    const [first, second] = library.snapshots;
    const edited = { ...second!, standards: second!.standards.map((standard) => (standard.id === 'GOV-01' ? { ...standard, statement: `${standard.statement} Now.` } : standard)) };
    const files = new Map([...comparisonFiles(first!, 'en'), ...comparisonFiles(edited, 'en')]);
    const asked: string[] = [];
    const comparison = await loadComparison(async (file) => (asked.push(file), JSON.parse(files.get(file)!)), { from: '1.0.0', to: '1.1.0' }, library.releases, 'en', '/');
    expect(asked.sort()).toEqual(['1.0.0.json', '1.0.0/GOV-01.json', '1.1.0.json', '1.1.0/GOV-01.json']);
    expect(comparison).toEqual(buildComparison(first, edited, library.releases, 'en', '/'));
    expect(comparison.standards.find((standard) => standard.id === 'GOV-01')?.diffs.map((diff) => diff.field)).toEqual(['statement']);
  });
});
