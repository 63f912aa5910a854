/**
 * `npm run bench`: builds this site and a bare Docusaurus site with the same number of current pages
 * (the archived pages of releases left out) and locales in the same run, and prints build time and
 * peak memory, each as a ratio to the bare site. The bare site is built twice: as Docusaurus builds by
 * default, and with the Docusaurus Faster flags this site uses (src/plugins/faster.ts).
 * Goal: build time at most 1.15x. Then this site again, warm (nothing changed): at least 1.5x faster.
 * It also times the generation of every checklist download (goal: under 5 seconds).
 *
 * Then the search benchmark (scripts/bench/search.ts): our local index against Pagefind on the same
 * 1,000 and 10,000 synthetic pages, measured in headless Chromium. Goals: fewer bytes (gzip) before
 * the first result than Pagefind; p95 query latency under 20 ms at 10,000 pages; our index build on
 * the real content under 10% of this site's build time measured above.
 *
 * First load (scripts/bench/page-weights.ts): the home, a standard, a lesson, a tool and a guide page
 * against a bare page, in headless Chromium, gzip as static hosts send it. `--weights-only` measures
 * the existing build/ alone. Lighthouse (scripts/bench/lighthouse.ts): home, standards index, a
 * standard, a lesson, a tool and the search page beside the bare page; `--lighthouse-only` runs it on
 * the existing build/ alone.
 *
 * It measures; it never fails a build. `--runs N` builds each site N times and keeps the fastest.
 * `--search-only` skips the site builds and runs only the search benchmark. Releases: the build with
 * every release against the same site with its newest release not yet cut, and a preview build of the
 * current docs only; then six releases against one (scripts/bench/synthetic-releases.ts), goals 1.10x
 * build time and 1.02x main bundle; `--releases-only` runs just that, `--synthetic-only` the last part.
 *
 * First of all, the contributor's checks (scripts/bench/checks.ts): `npm run validate` and `npm run
 * check`, cold and warm. Goals (warm): validate under 2 s, check under 10 s. `--checks-only` runs just that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildChecklistDownloads } from '../src/core/checklists/downloads';
import { loadLibraryOrThrow } from '../src/core/load';
import type { Library } from '../src/core/model';
import { FASTER_FLAGS } from '../src/plugins/faster';
import { writeBareSite } from './bench/bare-site';
import { countPages } from './bench/count-pages';
import { printLighthouseReport, runLighthouse, type LighthousePage } from './bench/lighthouse';
import { benchPageWeights, pagesToWeigh, printPageWeightReport } from './bench/page-weights';
import { measureCommand, type Measurement } from './bench/measure';
import { benchChecks, printCheckReport } from './bench/checks';
import { benchReleases, printReleaseReport } from './bench/releases';
import { benchSyntheticReleases, printSyntheticReleaseReport } from './bench/synthetic-releases';
import { benchSearch } from './bench/search';
import { printSearchReport } from './bench/search-report';

const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench');
const DOCUSAURUS = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const GOALS = { seconds: 1.15, downloadSeconds: 5 };

async function buildTimes(siteDir: string, outDir: string, runs: number, viaBuildScript: boolean, env: Record<string, string> = {}, warm = false): Promise<Measurement> {
  const results: Measurement[] = [];
  for (let run = 0; run < runs; run += 1) {
    // Every run starts cold (no webpack cache, no generated files), unless a warm build is what is measured.
    if (!warm) for (const cache of ['node_modules/.cache', '.docusaurus']) fs.rmSync(path.join(siteDir, cache), { recursive: true, force: true });
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
  if (site) {
    printReleaseReport(await benchReleases(ROOT, library, site, releaseTimer()));
    printSyntheticReleaseReport(await benchSyntheticReleases(ROOT, library, releaseTimer()));
  }
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
  printSyntheticReleaseReport(await benchSyntheticReleases(ROOT, library, time));
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
  console.log('Building this site again, warm (nothing changed)...');
  const warm = await buildTimes(ROOT, realOut, runs, true, {}, true);
  const pages = countPages(
    realOut,
    otherLocales,
    library.snapshots.map((snapshot) => snapshot.version),
  );
  // The same bare site twice: as Docusaurus builds it by default (webpack), and with the Docusaurus
  // Faster flags this site uses, so that the second ratio shows what our plugins and pages cost alone.
  console.log(`Building a bare Docusaurus site with ${pages} pages in ${locales.length} locales, with the same Docusaurus Faster flags as this site...`);
  writeBareSite(`${bareDir}-faster`, pages, locales, FASTER_FLAGS);
  const bareFaster = await buildTimes(`${bareDir}-faster`, `${bareOut}-faster`, runs, false);
  console.log('Building it again as Docusaurus builds by default (webpack)...');
  writeBareSite(bareDir, pages, locales);
  const bare = await buildTimes(bareDir, bareOut, runs, false);

  const rows = [
    ['build wall time (s), bare site by default', real.seconds, bare.seconds, GOALS.seconds],
    ['build wall time (s), bare site with the same Faster flags', real.seconds, bareFaster.seconds, GOALS.seconds],
    ['build peak memory (MiB), bare site by default', real.peakMiB, bare.peakMiB, undefined],
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
  const warmRatio = real.seconds / warm.seconds;
  console.log(
    `Warm build (second build, nothing changed): ${warm.seconds.toFixed(1)} s, ${warmRatio.toFixed(2)}x faster than cold (goal >= 1.5: ${warmRatio >= 1.5 ? 'met' : 'MISSED'})`,
  );
  printPageWeightReport(await benchPageWeights(library, realOut, bareOut));
  console.log('\nLighthouse, three runs a page...');
  printLighthouseReport(await runLighthouse(lighthousePages(library, realOut, bareOut), console.log));
  const downloadVerdict = downloadSeconds < GOALS.downloadSeconds ? 'met' : 'MISSED';
  console.log(
    `\nChecklist downloads: ${downloads.size} files (${library.checklists.length} profiles, ${locales.length} languages, 6 formats) in ${downloadSeconds.toFixed(2)} s (goal < ${GOALS.downloadSeconds} s: ${downloadVerdict})\n`,
  );
  return real;
}

/** `--weights-only`: the first load of the pages of an existing build (build/) against the bare site's, built if missing. */
async function mainWeights(): Promise<void> {
  const library = loadLibraryOrThrow(ROOT);
  const { siteBuild, bareOut } = await existingBuilds(library);
  printPageWeightReport(await benchPageWeights(library, siteBuild, bareOut));
}

/** This site's build/ (made by npm run build), and the bare site's build, made now if missing. */
async function existingBuilds(library: Library): Promise<{ siteBuild: string; bareOut: string }> {
  const siteBuild = path.join(ROOT, 'build');
  if (!fs.existsSync(siteBuild)) throw new Error('There is no build/ to measure: run npm run build first.');
  const bareOut = path.join(BENCH, 'bare-build');
  if (!fs.existsSync(bareOut)) {
    console.log('Building the bare Docusaurus site...');
    writeBareSite(
      path.join(BENCH, 'bare-site'),
      countPages(
        siteBuild,
        library.meta.languages.slice(1),
        library.snapshots.map((snapshot) => snapshot.version),
      ),
      [...library.meta.languages],
    );
    await buildTimes(path.join(BENCH, 'bare-site'), bareOut, 1, false);
  }
  return { siteBuild, bareOut };
}

/** `--lighthouse-only`: Lighthouse on the pages of an existing build (build/) and the bare site's, built if missing. */
async function mainLighthouse(): Promise<void> {
  const library = loadLibraryOrThrow(ROOT);
  const { siteBuild, bareOut } = await existingBuilds(library);
  printLighthouseReport(await runLighthouse(lighthousePages(library, siteBuild, bareOut), console.log));
}

/** Lighthouse's pages: those the first-load bench weighs, the standards index and the search page, and the bare page. */
function lighthousePages(library: Library, siteBuild: string, bareBuild: string): LighthousePage[] {
  const pages = pagesToWeigh(library).filter((page) => page.kind !== 'guide');
  pages.splice(1, 0, { kind: 'standards index', address: '/standards' });
  pages.push({ kind: 'search', address: '/search' });
  return [...pages.map((page) => ({ name: page.kind, buildDir: siteBuild, address: page.address })), { name: 'bare page', buildDir: bareBuild, address: '/page-0001' }];
}

/** `--synthetic-only`: six releases against one, and nothing else. */
async function mainSynthetic(): Promise<void> {
  printSyntheticReleaseReport(await benchSyntheticReleases(ROOT, loadLibraryOrThrow(ROOT), releaseTimer()));
}

const MODES: Record<string, () => Promise<void>> = {
  '--releases-only': mainReleases,
  '--weights-only': mainWeights,
  '--lighthouse-only': mainLighthouse,
  '--synthetic-only': mainSynthetic,
};
(Object.entries(MODES).find(([flag]) => process.argv.includes(flag))?.[1] ?? main)().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
