import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../errors';
import type { Release } from '../generated/content-types';
import type { Loaded } from '../rules/context';
import { parseYamlSource } from '../yaml-source';
import { applyCorrections, checkPageCorrections, correctionsOf } from './page-corrections';

const RELEASE_FILE = 'standards/releases/1.0.0.yaml';
const release = (corrections: string): Loaded<Release> => {
  const text = `version: 1.0.0\ndate: 2026-11-26\nsummary: First.\nchanges: []\ncorrections:\n${corrections}`;
  const { source } = parseYamlSource(RELEASE_FILE, text);
  return { file: { file: RELEASE_FILE, kind: 'release' }, source, data: source.data as Release, text };
};
const correction = (find: string, date = '2026-12-04') =>
  `  - date: ${date}\n    language: es\n    find: "${find}"\n    replace: "Versión: 1.0.0"\n    reason:\n      en: Wrong label.\n      es: Etiqueta equivocada.\n`;

function archive(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corrections-'));
  const folder = path.join(root, 'versioned_pages/1.0.0/es/1.0.0');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'guides.html'), '<span class="badge">Versión: Próxima</span><p>Texto de la guía.</p>');
  return root;
}

describe('corrections to the archived pages of a release', () => {
  it('replace every occurrence of their text, in the order listed, and nothing else', () => {
    const corrections = correctionsOf(release(correction('Versión: Próxima')).data, 'es');
    expect(applyCorrections('<b>Versión: Próxima</b> … Versión: Próxima. Próxima reunión.', corrections)).toBe('<b>Versión: 1.0.0</b> … Versión: 1.0.0. Próxima reunión.');
    expect(correctionsOf(release(correction('Versión: Próxima')).data, 'en')).toEqual([]);
  });

  it('are accepted when their text is in an archived page of that language', () => {
    expect(checkPageCorrections(archive(), [release(correction('Versión: Próxima'))])).toEqual([]);
  });

  it('name the place of a correction whose text is in no page, or that is dated before the release', () => {
    const errors = checkPageCorrections(archive(), [release(correction('Versión: Actual') + correction('Versión: Próxima', '2026-11-01'))]).map(formatContentError);
    expect(errors).toEqual([
      `${RELEASE_FILE}:8:11  corrections[0].find: is in none of the archived pages of 1.0.0 in "es" (copy the exact text from a page under versioned_pages/1.0.0/es/)`,
      `${RELEASE_FILE}:13:11  corrections[1].date: is before the release's date (2026-11-26) (give the day the correction was made)`,
    ]);
  });
});
