/** How many current pages a build has, so that the bare site is built with as many. */
import fs from 'node:fs';
import { isReleasePage } from '../../src/core/releases/archived-pages';

/** The HTML pages of a build in its default locale (the other locales' folders and the pages of releases left out). */
export function countPages(buildDir: string, localeDirs: readonly string[], releases: readonly string[]): number {
  const all = fs
    .readdirSync(buildDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.endsWith('404.html'));
  return all.filter((file) => !localeDirs.some((locale) => file.startsWith(`${locale}/`)) && !releases.some((version) => isReleasePage(file, version))).length;
}
