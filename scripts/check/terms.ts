/**
 * The Spanish term check of `npm run check`: in every Spanish text of the current library, a name for a
 * concept that the style guide does not use, with its place and the name to write instead (see
 * src/core/spanish-terms.ts). Frozen releases keep their words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findTermDrift } from '../../src/core/spanish-terms';
import { findFiles } from './files';

/** Folders whose every text is Spanish. */
const SPANISH_FOLDERS = ['standards/i18n/es', 'i18n/es', 'tool-data/i18n/es'];
/** Files that hold both languages, each Spanish text under an `es:` key. */
const BILINGUAL_FOLDERS = ['standards/checklists', 'standards/case-studies', 'standards/organizations'];
const BILINGUAL_FILES = ['standards/glossary.yaml', 'standards/figures.yaml'];
const TEXT = new Set(['.yaml', '.yml', '.md', '.mdx', '.json']);

/** A frozen copy of a release's docs or labels: `version-1.0.0/` and `version-1.0.0.json`. */
const isFrozen = (file: string) => /\/version-\d+\.\d+\.\d+(?:\/|\.json$)/.test(file);

export function termCheckFiles(root: string): Array<{ file: string; spanish: boolean }> {
  return [
    ...SPANISH_FOLDERS.flatMap((folder) => findFiles(root, folder, TEXT))
      .filter((file) => !isFrozen(file))
      .map((file) => ({ file, spanish: true })),
    ...BILINGUAL_FOLDERS.flatMap((folder) => findFiles(root, folder, TEXT)).map((file) => ({ file, spanish: false })),
    ...BILINGUAL_FILES.filter((file) => fs.existsSync(path.join(root, file))).map((file) => ({ file, spanish: false })),
  ];
}

export function checkTerms(root: string): string[] {
  return termCheckFiles(root).flatMap(({ file, spanish }) =>
    findTermDrift(fs.readFileSync(path.join(root, file), 'utf8'), spanish).map(
      (drift) => `${file}:${drift.line}:${drift.column}  terms: "${drift.found}" is not the library's Spanish word for this (write ${drift.preferred}; see CONTENT-STYLE.md)`,
    ),
  );
}
