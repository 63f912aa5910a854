/**
 * `npm run bench`: builds this site and a bare Docusaurus site with the same number of pages and
 * locales in the same run, and prints build time, peak memory and first-load bytes of a standard page,
 * each as a ratio to the bare site. Goals: build time at most 1.15x, first-load bytes at most 1.10x.
 * It also times the generation of every checklist download (goal: under 5 seconds).
 *
 * Then the search benchmark (scripts/bench/search.ts): our local index against Pagefind on the same
 * 1,000 and 10,000 synthetic pages, measured in headless Chromium. Goals: fewer bytes (gzip) before
 * the first result than Pagefind; p95 query latency under 20 ms at 10,000 pages; our index build on
 * the real content under 10% of this site's build time measured above.
 *
 * It measures; it never fails a build. `--runs N` builds each site N times and keeps the fastest.
 * `--search-only` skips the site builds and runs only the search benchmark. Releases: the build with
 * every release against the same site with its newest release not yet cut, and a preview build of the
 * current docs only; `--releases-only` runs just that.
 *
 * First of all, the contributor's checks (scripts/bench/checks.ts): `npm run validate` and `npm run
 * check`, cold and warm. Goals (warm): validate under 2 s, check under 10 s. `--checks-only` runs just that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildChecklistDownloads } from '../src/core/checklists/downloads';
import { loadLibraryOrThrow } from '../src/core/load';
import type { Library } from '../src/core/model';
import { writeBareSite } from './bench/bare-site';
import { countPages, firstLoadBytes } from './bench/first-load';
import { measureCommand, type Measurement } from './bench/measure';
import { benchChecks, printCheckReport } from './bench/checks';
import { benchReleases, printReleaseReport } from './bench/releases';
import { benchSearch } from './bench/search';
import { printSearchReport } from './bench/search-report';

const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench');
const DOCUSAURUS = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const GOALS = { seconds: 1.15, firstLoad: 1.1, downloadSeconds: 5 };

async function buildTimes(siteDir: string, outDir: string, runs: number, viaBuildScript: boolean, env: Record<string, string> = {}): Promise<Measurement> {
  const results: Measurement[] = [];
  for (let run = 0; run < runs; run += 1) {
    // Every run starts cold: no webpack cache, no generated files.
    for (const cache of ['node_modules/.cache', '.docusaurus']) fs.rmSync(path.join(siteDir, cache), { recursive: true, force: true });
    // This site builds the way `npm run build` does; the bare site with Docusaurus alone.
    const variables = Object.entries(env)
      .map(([name, value]) => `${name}=${value} `)
      .join('');
    const command = viaBuildScript
      ? `${variables}"${process.execPath}" "${TSX}" scripts/build.ts --out-dir "${outDir}"`
      : `"${process.execPath}" "${DOCUSAURUS}" build --out-dir "${outDir}"`;
    results.push(await measureCommand('sh', ['-c', command], siteDir));
  }
  return results.reduce((best, result) => (result.seconds < best.seconds ? result : best));
}

async function main(): Promise<void> {
  printCheckReport(await benchChecks(ROOT, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3));
  if (process.argv.includes('--checks-only')) return;
  const library = loadLibraryOrThrow(ROOT);
  const site = process.argv.includes('--search-only') ? undefined : await benchSite(library);
  if (site) printReleaseReport(await benchReleases(ROOT, library, site, releaseTimer()));
  const search = await benchSearch({ root: ROOT, library, log: console.log });
  printSearchReport(search, site?.seconds);
}

/** `--releases-only`: the cost of releases on the build, and nothing else. */
async function mainReleases(): Promise<void> {
  const library = loadLibraryOrThrow(ROOT);
  const time = releaseTimer();
  console.log('Building this site with every release...');
  const all = await time(ROOT, path.join(BENCH, 'real-build'));
  console.log(`  ${all.seconds.toFixed(1)} s`);
  printReleaseReport(await benchReleases(ROOT, library, all, time));
}

function releaseTimer() {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
  return (siteDir: string, outDir: string, env?: Record<string, string>) => buildTimes(siteDir, outDir, runs, true, env);
}

/** The site against a bare Docusaurus site, and the checklist downloads; returns this site's build. */
async function benchSite(library: Library): Promise<Measurement> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
  const locales = [...library.meta.languages];
  const otherLocales = locales.slice(1);
  const realOut = path.join(BENCH, 'real-build');
  const bareDir = path.join(BENCH, 'bare-site');
  const bareOut = path.join(BENCH, 'bare-build');

  console.log(`Building this site (${runs} run${runs > 1 ? 's' : ''})...`);
  const real = await buildTimes(ROOT, realOut, runs, true);
  const pages = countPages(realOut, otherLocales);
  console.log(`Building a bare Docusaurus site with ${pages} pages in ${locales.length} locales...`);
  writeBareSite(bareDir, pages, locales);
  const bare = await buildTimes(bareDir, bareOut, runs, false);

  const standard = library.standards[0]!;
  const realLoad = firstLoadBytes(realOut, `standards/${standard.id}.html`);
  const bareLoad = firstLoadBytes(bareOut, 'page-0001.html');
  const rows = [
    ['build wall time (s)', real.seconds, bare.seconds, GOALS.seconds],
    ['build peak memory (MiB)', real.peakMiB, bare.peakMiB, undefined],
    [`first load of /standards/${standard.id} (gzip bytes)`, realLoad.gzipBytes, bareLoad.gzipBytes, GOALS.firstLoad],
  ] as const;
  const downloadsStarted = performance.now();
  const downloads = await buildChecklistDownloads(library, { siteUrl: 'https://example.org', projectRoot: ROOT });
  const downloadSeconds = (performance.now() - downloadsStarted) / 1000;
  console.log(`\nPages per locale: ${pages}; locales: ${locales.join(', ')}\n`);
  console.log(['measure', 'this site', 'bare site', 'ratio', 'goal'].join('\t'));
  for (const [name, ours, theirs, goal] of rows) {
    const ratio = ours / theirs;
    const verdict = goal === undefined ? '-' : `<= ${goal.toFixed(2)} ${ratio <= goal ? 'met' : 'MISSED'}`;
    console.log([name, ours.toFixed(1), theirs.toFixed(1), `${ratio.toFixed(3)}x`, verdict].join('\t'));
  }
  const downloadVerdict = downloadSeconds < GOALS.downloadSeconds ? 'met' : 'MISSED';
  console.log(
    `\nChecklist downloads: ${downloads.size} files (${library.checklists.length} profiles, ${locales.length} languages, 6 formats) in ${downloadSeconds.toFixed(2)} s (goal < ${GOALS.downloadSeconds} s: ${downloadVerdict})\n`,
  );
  return real;
}

(process.argv.includes('--releases-only') ? mainReleases() : main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
