import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibraryOrThrow } from '../../src/core/load';
import { cutRelease } from '../../scripts/release/cut';
import { readArchivedPack } from '../../src/core/releases/archived-packs';
import { buildCaseLibrary } from '../support/fixtures';

const SITE_URL = 'https://example.org';

// The valid fixture has release 1.0.0 cut and 1.1.0 in preparation (FIN-01 added, GOV-02 retired).
const NOTES_1_1_0 = `version: 1.1.0
date: 2026-06-01
summary: Adds a finance standard and folds the board rule into GOV-01.
changes:
  - { id: FIN-01, change: added, note: New finance standard. }
  - { id: GOV-02, change: retired, note: Covered by GOV-01. }
`;

function fixture(withNotes: boolean): { root: string; frozen: string[] } {
  const root = buildCaseLibrary('release-notes-wrong');
  fs.rmSync(path.join(root, 'standards/releases/1.1.0.yaml'));
  if (withNotes) fs.writeFileSync(path.join(root, 'standards/releases/1.1.0.yaml'), NOTES_1_1_0);
  return { root, frozen: [] };
}

describe('cutRelease', () => {
  it('freezes the standards as a snapshot and the docs, once the release file lists every change, saying each step as it starts', async () => {
    const { root, frozen } = fixture(true);
    const steps: string[] = [];
    const result = await cutRelease(root, '1.1.0', {
      siteUrl: SITE_URL,
      versionDocs: async (version) => void frozen.push(`${version} after ${steps.length} steps`),
      onStep: (step, count, what) => steps.push(`${step}/${count} ${what}`),
    });
    expect(result).toMatchObject({ ok: true });
    expect(frozen).toEqual(['1.1.0 after 4 steps']);
    expect(steps).toEqual([
      '1/4 Checking the library and the release notes',
      '2/4 Freezing the standards and making the pack',
      '3/4 Writing the snapshot and the pack',
      '4/4 Freezing the docs',
    ]);
    const library = loadLibraryOrThrow(root);
    expect(library.snapshots.map((snapshot) => snapshot.version)).toEqual(['1.0.0', '1.1.0']);
    expect(library.snapshots[1]!.standards.map((standard) => [standard.id, standard.status])).toEqual([
      ['FIN-01', 'active'],
      ['GOV-01', 'active'],
      ['GOV-02', 'retired'],
    ]);
  });

  it('writes nothing when the release file is missing', async () => {
    const { root, frozen } = fixture(false);
    const result = await cutRelease(root, '1.1.0', { siteUrl: SITE_URL, versionDocs: async (version) => void frozen.push(version) });
    expect(result).toEqual({
      ok: false,
      problems: ['standards/releases/1.1.0.yaml is missing; add it with the date, a summary and every standard added, changed, moved or retired'],
    });
    expect(frozen).toEqual([]);
    expect(fs.existsSync(path.join(root, 'versioned_standards/1.1.0.json'))).toBe(false);
  });

  it('writes nothing when the release file does not match the changes, and says what is wrong', async () => {
    const root = buildCaseLibrary('release-notes-wrong');
    const result = await cutRelease(root, '1.1.0', { siteUrl: SITE_URL, versionDocs: async () => {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toContain('standards/releases/1.1.0.yaml:5:1  changes: GOV-02 was retired after 1.0.0, but the release does not list it');
    expect(fs.existsSync(path.join(root, 'versioned_standards/1.1.0.json'))).toBe(false);
  });

  it('refuses a version other than the one library.yaml prepares, or one already released', async () => {
    const { root } = fixture(true);
    const other = await cutRelease(root, '1.2.0', { siteUrl: SITE_URL, versionDocs: async () => {} });
    expect(other).toEqual({ ok: false, problems: ['standards/library.yaml says version: 1.1.0; set it to 1.2.0 while you prepare the release'] });
    const malformed = await cutRelease(root, 'v2', { siteUrl: SITE_URL, versionDocs: async () => {} });
    expect(malformed).toEqual({ ok: false, problems: ['"v2" is not a version; write it as MAJOR.MINOR.PATCH, e.g. 1.1.0'] });
  });

  it('removes the snapshot again when freezing the docs fails', async () => {
    const { root } = fixture(true);
    const result = await cutRelease(root, '1.1.0', {
      siteUrl: SITE_URL,
      versionDocs: async () => {
        throw new Error('docs:version exited with 1');
      },
    });
    expect(result).toEqual({ ok: false, problems: ['Freezing the docs failed, so the snapshot and the pack were removed: docs:version exited with 1'] });
    expect(fs.existsSync(path.join(root, 'versioned_standards/1.1.0.json'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'versioned_downloads/1.1.0'))).toBe(false);
  });

  it('makes the pack once, at the cut, and builds copy those bytes from then on', async () => {
    const { root } = fixture(true);
    await cutRelease(root, '1.1.0', { siteUrl: SITE_URL, versionDocs: async () => {} });
    const archive = readArchivedPack(root, '1.1.0');
    expect(archive.errors).toEqual([]);
    const sums = archive.files!.get('SHA256SUMS')!.toString('utf8');
    expect(sums).toContain('  standards.json\n');
    expect(sums).toContain('  edition.es.pdf\n');
    // The frozen pack's checklists link to the pages of the release they belong to.
    expect(archive.files!.get('checklists/lender.en.csv')!.toString('utf8')).toContain(`${SITE_URL}/standards/1.1.0/`);
    expect(archive.files!.get('checklists/lender.en.csv')!.toString('utf8')).not.toMatch(new RegExp(`${SITE_URL}/standards/[A-Z]`));
    const again = await cutRelease(root, '1.1.0', { siteUrl: SITE_URL, versionDocs: async () => {} });
    expect(again.ok).toBe(false);
  });

  it('keeps a released standard frozen: editing it asks for the next version', async () => {
    const { root } = fixture(true);
    await cutRelease(root, '1.1.0', { siteUrl: SITE_URL, versionDocs: async () => {} });
    const file = path.join(root, 'standards/finance/FIN-01.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^level: .*$/m, 'level: advanced'));
    expect(() => loadLibraryOrThrow(root)).toThrow(
      /level differs from release 1\.1\.0, which is already published \(to change a released standard, set version in standards\/library\.yaml to the next release \(e\.g\. 1\.2\.0\)/,
    );
  });
});
