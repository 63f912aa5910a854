/**
 * Archives the pages of a release: takes its standards and docs pages, in every language, from a site
 * built while the release was still served as routes of the site, turns each into a plain page
 * (capture-page.ts), and keeps them with the style sheet of that build and a SHA256SUMS in
 * versioned_pages/<version>/. Later builds copy them and leave the release out of the site's routes,
 * its JavaScript and its docs versions. Refuses a release whose pages are archived already.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sha256sums } from '../../src/core/checklists/downloads';
import { archivedPageVersions, isReleasePage, writeArchivedPages } from '../../src/core/releases/archived-pages';
import { listFiles, SUMS } from '../../src/core/releases/checksummed-folder';
import { capturePage } from './capture-page';

export interface PagesOptions {
  /** The built site (build/), made with the release's pages as routes. */
  buildDir: string;
  /** The site's languages, the default first: its pages sit at the root of buildDir, the others in a folder each. */
  languages: readonly string[];
}

export type PagesResult = { ok: true; written: string[]; pages: number } | { ok: false; problems: string[] };

/** The kept pages of a release by path in its archive folder (`<language>/…`), without SHA256SUMS. */
export function releasePages(version: string, { buildDir, languages }: PagesOptions): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const sheet = stylesheetOf(buildDir, version);
  const rootBase = sheet.href.slice(0, sheet.href.indexOf('assets/css/'));
  const stylesheet = `${rootBase}assets/releases/${version}/styles.css`;
  for (const [index, language] of languages.entries()) {
    const folder = index === 0 ? buildDir : path.join(buildDir, language);
    const languageBase = index === 0 ? rootBase : `${rootBase}${language}/`;
    const isOtherLanguage = (file: string) => index === 0 && languages.slice(1).some((other) => file.startsWith(`${other}/`));
    for (const file of listFiles(folder)) {
      if (isOtherLanguage(file) || !isReleasePage(file, version)) continue;
      const content = fs.readFileSync(path.join(folder, file));
      const kept = file.endsWith('.html') ? Buffer.from(capturePage(content.toString('utf8'), { stylesheet, searchPage: `${languageBase}search` }), 'utf8') : content;
      files.set(`${language}/${file}`, kept);
    }
  }
  files.set(`${languages[0]}/assets/releases/${version}/styles.css`, sheet.content);
  return files;
}

/** The site's style sheet, as the release's standards index names it. */
function stylesheetOf(buildDir: string, version: string): { href: string; content: Buffer } {
  const index = path.join(buildDir, 'standards', `${version}.html`);
  if (!fs.existsSync(index)) throw new Error(`${path.relative(process.cwd(), index)} is missing: build the site with release ${version} (npm run build) first`);
  const href = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(fs.readFileSync(index, 'utf8'))?.[1];
  if (!href) throw new Error(`${path.relative(process.cwd(), index)} names no style sheet`);
  if (!href.includes('assets/css/')) throw new Error(`${href} is not where Docusaurus keeps the site's style sheet`);
  return { href, content: fs.readFileSync(path.join(buildDir, href.slice(href.indexOf('assets/css/')))) };
}

export function archiveReleasePages(root: string, version: string, options: PagesOptions): PagesResult {
  if (!fs.existsSync(path.join(root, `versioned_standards/${version}.json`))) {
    return { ok: false, problems: [`${version} is not a cut release; cut it with \`npm run release:cut -- ${version}\``] };
  }
  if (archivedPageVersions(root, [version]).length > 0) return { ok: false, problems: [`the pages of ${version} are archived already; a release's pages are written once`] };
  try {
    const pages = new Map([...releasePages(version, options)].sort(([a], [b]) => (a < b ? -1 : 1)));
    const count = [...pages.keys()].filter((name) => name.endsWith('.html')).length;
    pages.set(SUMS, Buffer.from(sha256sums(pages), 'utf8'));
    return { ok: true, written: writeArchivedPages(root, version, pages), pages: count };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
}
