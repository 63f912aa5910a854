/**
 * The search benchmark: our local index against Pagefind on the same synthetic pages, at each size,
 * in one run. For each engine: the time to build the index, its files and their gzip size, the bytes
 * a browser downloads before it shows the first result (the engine's own code included), and the
 * latency of many queries in the page. It also times our index build on the real content, in every
 * language, to compare with the site's build time.
 *
 * Outputs go under `.bench/search/`: per size, a static site with the HTML pages, Pagefind's bundle
 * in `pagefind/`, our index in `local-search/` and our bundled engine in `bench/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Library } from '../../src/core/model';
import { buildSearchIndex } from '../../src/core/search/index-builder';
import { buildSearchRecords } from '../../src/core/registry';
import type { SearchLanguage } from '../../src/core/search/text';
import { gzipBytes, startCountingServer } from './counting-server';
import { measureCommand } from './measure';
import { launchChromium } from '../../tests/e2e/support/launch-chromium';
import { HOST_PAGE_HTML, measureEngine, type BrowserSide, type EngineMeasurement, type EngineName } from './search-browser';
import { syntheticPages, syntheticRecords, writeSyntheticSite } from './synthetic-pages';
import { benchQueries, libraryVocabulary } from './vocabulary';

export interface SearchBenchOptions {
  root: string;
  library: Library;
  sizes?: readonly number[];
  /** How many different queries to time per engine. */
  queryCount?: number;
  log?: (message: string) => void;
}

export interface IndexOutput {
  readonly buildSeconds: number;
  readonly files: number;
  /** All the index's data files, each gzipped the way the server sends it. */
  readonly gzipBytes: number;
}

export interface EngineResult {
  readonly engine: EngineName;
  readonly index: IndexOutput;
  readonly browser: EngineMeasurement;
}

export interface SizeResult {
  readonly pages: number;
  readonly records: number;
  readonly engines: readonly EngineResult[];
}

export interface RealIndexResult {
  readonly language: SearchLanguage;
  readonly records: number;
  readonly seconds: number;
}

export interface SearchBenchResult {
  readonly sizes: readonly SizeResult[];
  readonly real: readonly RealIndexResult[];
  /** Our bundled engine for the browser, gzipped. */
  readonly bundleGzipBytes: number;
  readonly firstQuery: string;
  readonly queryCount: number;
}

/** A query a reader of a co-op library would type. */
const FIRST_QUERY = 'patronage dividend';
const PAGES_SEED = 20_240_601;
const QUERIES_SEED = 7;
const OUR_INDEX_DIR = 'local-search';
const BENCH_DIR = 'bench';
const SIDE: BrowserSide = { hostPage: `/${BENCH_DIR}/`, ourBundle: `/${BENCH_DIR}/engine.js`, ourIndex: `/${OUR_INDEX_DIR}/`, pagefindModule: '/pagefind/pagefind.js' };

export async function benchSearch(options: SearchBenchOptions): Promise<SearchBenchResult> {
  const { root, library } = options;
  const log = options.log ?? (() => {});
  const outDir = path.join(root, '.bench/search');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  log('Search: building our index from the real content...');
  const real = realContentIndex(root, library, path.join(outDir, 'real'));
  const bundle = await bundleEngine(root, path.join(outDir, 'engine.js'));
  const vocabulary = libraryVocabulary(library);
  const queries = benchQueries(vocabulary, options.queryCount ?? 100, QUERIES_SEED);

  const browser = await launchChromium();
  try {
    const sizes: SizeResult[] = [];
    for (const count of options.sizes ?? [1000, 10_000]) {
      const siteDir = path.join(outDir, `pages-${count}`);
      log(`Search: ${count} synthetic pages: writing, indexing with both engines, measuring in Chromium...`);
      const pages = syntheticPages(count, vocabulary, PAGES_SEED);
      const records = syntheticRecords(pages);
      writeSyntheticSite(siteDir, pages);
      const indexes: Record<EngineName, IndexOutput> = {
        ours: writeOurIndex(records, path.join(siteDir, OUR_INDEX_DIR)),
        pagefind: await runPagefind(root, siteDir),
      };
      fs.mkdirSync(path.join(siteDir, BENCH_DIR), { recursive: true });
      fs.copyFileSync(bundle.file, path.join(siteDir, BENCH_DIR, 'engine.js'));
      fs.writeFileSync(path.join(siteDir, BENCH_DIR, 'index.html'), HOST_PAGE_HTML);

      const server = await startCountingServer(siteDir);
      try {
        const engines: EngineResult[] = [];
        for (const engine of ['ours', 'pagefind'] as const) {
          engines.push({ engine, index: indexes[engine], browser: await measureEngine(browser, server, SIDE, engine, FIRST_QUERY, queries) });
        }
        sizes.push({ pages: count, records: records.length, engines });
      } finally {
        await server.close();
      }
    }
    return { sizes, real, bundleGzipBytes: bundle.gzipBytes, firstQuery: FIRST_QUERY, queryCount: queries.length };
  } finally {
    await browser.close();
  }
}

/** Builds and writes our index of the real content, in every language, timing it all (the library is already loaded). */
function realContentIndex(root: string, library: Library, outDir: string): RealIndexResult[] {
  const languages = library.meta.languages as readonly SearchLanguage[];
  return languages.map((language) => {
    const started = performance.now();
    const baseUrl = language === languages[0] ? '/' : `/${language}/`;
    const records = buildSearchRecords(library, { language, baseUrl });
    const index = buildSearchIndex(records, { language, version: library.meta.version });
    writeFiles(path.join(outDir, language), index.files);
    return { language, records: records.length, seconds: (performance.now() - started) / 1000 };
  });
}

function writeOurIndex(records: Parameters<typeof buildSearchIndex>[0], dir: string): IndexOutput {
  const started = performance.now();
  const index = buildSearchIndex(records, { language: 'en', version: 'bench' });
  writeFiles(dir, index.files);
  const buildSeconds = (performance.now() - started) / 1000;
  return { buildSeconds, files: index.files.length, gzipBytes: index.files.reduce((total, file) => total + gzipBytes(file.content), 0) };
}

function writeFiles(dir: string, files: ReadonlyArray<{ name: string; content: string }>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(dir, file.name), file.content);
}

/** Pagefind's command line on the site's HTML; its index data is its entry, metadata, word index, fragments and filters. */
async function runPagefind(root: string, siteDir: string): Promise<IndexOutput> {
  const { seconds } = await measureCommand(path.join(root, 'node_modules/.bin/pagefind'), ['--site', siteDir, '--output-subdir', 'pagefind', '--silent'], root);
  const bundleDir = path.join(siteDir, 'pagefind');
  const dataFiles = fs
    .readdirSync(bundleDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(bundleDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file === 'pagefind-entry.json' || /\.pf_(?:meta|index|fragment|filter)$/.test(file));
  // Pagefind compresses its own data files; its entry is JSON that the server gzips.
  const bytes = dataFiles.reduce((total, file) => {
    const content = fs.readFileSync(path.join(bundleDir, file));
    return total + (file.endsWith('.json') ? gzipBytes(content) : content.length);
  }, 0);
  return { buildSeconds: seconds, files: dataFiles.length, gzipBytes: bytes };
}

/** Bundles our engine for the browser, minified, the way a site would ship it. */
async function bundleEngine(root: string, file: string): Promise<{ file: string; gzipBytes: number }> {
  await build({
    entryPoints: [path.join(root, 'scripts/bench/search-browser-entry.ts')],
    outfile: file,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'error',
  });
  return { file, gzipBytes: gzipBytes(fs.readFileSync(file)) };
}
