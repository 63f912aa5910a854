/**
 * Corrections to the archived pages of a release, made after it was published (the `corrections` of
 * standards/releases/<version>.yaml). A release's pages are kept byte for byte with their SHA256SUMS, and
 * stay so: a correction is applied when the site copies them, to the site's own words only (a version
 * label, a banner), and the release page lists it with its day and reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../errors';
import type { Release } from '../generated/content-types';
import { errorAt, type Loaded } from '../rules/context';
import { pagesFolder } from './archived-pages';
import { listFiles } from './checksummed-folder';

export type PageCorrection = NonNullable<Release['corrections']>[number];

/** The corrections of a release's pages in one language, in the order the release lists them. */
export function correctionsOf(release: Pick<Release, 'corrections'> | undefined, language: string): PageCorrection[] {
  return (release?.corrections ?? []).filter((correction) => correction.language === language);
}

/** A page as served: the kept page with each correction applied, every time its text occurs. */
export function applyCorrections(html: string, corrections: readonly PageCorrection[]): string {
  return corrections.reduce((page, correction) => page.replaceAll(correction.find, correction.replace), html);
}

/** The archived HTML pages of a release in one language, by path relative to that language's folder. */
export function archivedHtmlFiles(root: string, version: string, language: string): string[] {
  const folder = path.join(root, pagesFolder(version), language);
  return fs.existsSync(folder) ? listFiles(folder).filter((name) => name.endsWith('.html')) : [];
}

/** Each correction names archived pages that exist, text that is in them, and a day after the release. */
export function checkPageCorrections(root: string, releases: readonly Loaded<Release>[]): ContentError[] {
  // Each release's kept pages in a language are read once, however many corrections look in them.
  const read = new Map<string, string[]>();
  const keptPages = (version: string, language: string, files: readonly string[]) => {
    const key = `${version}/${language}`;
    if (!read.has(key))
      read.set(
        key,
        files.map((name) => fs.readFileSync(path.join(root, pagesFolder(version), language, name), 'utf8')),
      );
    return read.get(key)!;
  };
  return releases.flatMap((record) =>
    (record.data.corrections ?? []).flatMap((correction, index) => {
      const at = (field: string) => ['corrections', index, field];
      const { version } = record.data;
      if (correction.date < record.data.date) {
        return [errorAt(record, at('date'), `is before the release's date (${record.data.date})`, 'give the day the correction was made')];
      }
      // Without the release's kept pages (a checkout without versioned_pages/), there is nothing to correct.
      if (!fs.existsSync(path.join(root, pagesFolder(version)))) return [];
      const files = archivedHtmlFiles(root, version, correction.language);
      if (files.length === 0) {
        return [errorAt(record, at('language'), `release ${version} has no archived pages in "${correction.language}"`, `archive them first: npm run release:pages -- ${version}`)];
      }
      const found = keptPages(version, correction.language, files).some((page) => page.includes(correction.find));
      return found
        ? []
        : [
            errorAt(
              record,
              at('find'),
              `is in none of the archived pages of ${version} in "${correction.language}"`,
              `copy the exact text from a page under ${pagesFolder(version)}/${correction.language}/`,
            ),
          ];
    }),
  );
}
