import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCaseLibrary } from '../../../tests/support/fixtures';
import { formatContentError } from '../errors';
import { loadLibrary } from '../load';
import { readArchivedPack } from './archived-packs';

// The valid fixture has release 1.0.0 cut, with its pack archived in versioned_downloads/1.0.0/.
function library(change: (archive: string) => void): string[] {
  const root = buildCaseLibrary('release-notes-wrong');
  fs.rmSync(path.join(root, 'standards/releases/1.1.0.yaml'));
  change(path.join(root, 'versioned_downloads'));
  return loadLibrary(root).errors.map(formatContentError);
}

function sumsLine(archive: string, name: string): number {
  const lines = fs.readFileSync(path.join(archive, '1.0.0/SHA256SUMS'), 'utf8').split('\n');
  return lines.findIndex((line) => line.endsWith(`  ${name}`)) + 1;
}

describe('archived release packs', () => {
  it('are read whole, every file checked against the SHA256SUMS recorded at the cut', () => {
    const root = path.resolve(__dirname, '../../../tests/fixtures/valid');
    const pack = readArchivedPack(root, '1.0.0');
    expect(pack.errors).toEqual([]);
    const listed = pack
      .files!.get('SHA256SUMS')!
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => line.slice(66));
    expect([...pack.files!.keys()].sort()).toEqual([...listed, 'SHA256SUMS', 'index.html'].sort());
  });

  it('stop the build when a published file changed, naming the line of SHA256SUMS that records it', () => {
    let line = 0;
    const errors = library((archive) => {
      line = sumsLine(archive, 'standards.json');
      fs.appendFileSync(path.join(archive, '1.0.0/standards.json'), ' ');
    });
    expect(errors).toEqual([
      `versioned_downloads/1.0.0/SHA256SUMS:${line}:1  (file): standards.json does not match the checksum recorded when 1.0.0 was cut (restore versioned_downloads/1.0.0/ from the repository's history; a published release is never changed)`,
    ]);
  });

  it('stop the build when a file is missing, added, or the whole pack is gone', () => {
    let line = 0;
    const missing = library((archive) => {
      line = sumsLine(archive, 'standards.xlsx');
      fs.rmSync(path.join(archive, '1.0.0/standards.xlsx'));
    });
    expect(missing).toEqual([
      `versioned_downloads/1.0.0/SHA256SUMS:${line}:1  (file): standards.xlsx is listed but missing (restore versioned_downloads/1.0.0/ from the repository's history; a published release is never changed)`,
    ]);
    const added = library((archive) => fs.writeFileSync(path.join(archive, '1.0.0/notes.txt'), 'new'));
    expect(added).toEqual(['versioned_downloads/1.0.0/notes.txt:1:1  (file): is not part of release 1.0.0 (remove it; a published release never gains files)']);
    const gone = library((archive) => fs.rmSync(path.join(archive, '1.0.0'), { recursive: true }));
    expect(gone).toEqual([
      "versioned_downloads/1.0.0/SHA256SUMS:1:1  (file): release 1.0.0 has no archived pack (restore versioned_downloads/1.0.0/ from the repository's history; a release cut before packs were archived gets one with `npm run release:archive -- 1.0.0`)",
    ]);
    const stray = library((archive) => fs.cpSync(path.join(archive, '1.0.0'), path.join(archive, '0.9.0'), { recursive: true }));
    expect(stray).toEqual([
      'versioned_downloads/0.9.0:1:1  (file): is not the pack of a cut release (there is no versioned_standards/0.9.0.json) (remove it; packs are archived by `npm run release:cut`)',
    ]);
  });
});
