/**
 * Prints the search benchmark: one row per size and engine, then the verdicts of the three goals.
 *  1. bytes downloaded before the first result (gzip): ours below Pagefind's, at every size;
 *  2. query latency in the browser after load: p95 under 20 ms at the largest size, once the files a
 *     query needs have arrived ("warm"); first-time queries, which also fetch their shards from the
 *     local server ("cold"), are printed beside it for both engines;
 *  3. our index build on the real content: under 10% of the site's build time.
 */
import { percentile } from './search-browser';
import type { EngineResult, SearchBenchResult, SizeResult } from './search';

export const SEARCH_GOALS = { p95Ms: 20, buildShare: 0.1 } as const;

const HEADER = ['pages', 'engine', 'index build s', 'index files', 'index bytes (gzip)', 'bytes before 1st result', 'requests', 'cold p50/p95 ms', 'warm p50/p95 ms', 'found'];

export function printSearchReport(result: SearchBenchResult, siteBuildSeconds: number | undefined): void {
  const rows = result.sizes.flatMap((size) => size.engines.map((engine) => row(size, engine, result.queryCount)));
  console.log(`\nSearch: our index against Pagefind on the same synthetic pages (first query "${result.firstQuery}", then ${result.queryCount} timed queries)\n`);
  console.log(formatTable([HEADER, ...rows]));
  console.log(`\nOur engine's bundle: ${result.bundleGzipBytes} bytes gzipped, counted in "bytes before 1st result".`);
  for (const size of result.sizes) {
    for (const engine of size.engines) {
      const files = engine.browser.firstResultFiles.map((file) => `${file.path} ${file.bytes}`).join(', ');
      console.log(`  ${size.pages} pages, ${engine.engine}: first result "${engine.browser.firstTitle ?? '(none)'}" after ${files}`);
    }
  }

  console.log('\nSearch goals:');
  for (const size of result.sizes) {
    const ours = firstResultBytes(engineOf(size, 'ours'));
    const theirs = firstResultBytes(engineOf(size, 'pagefind'));
    console.log(`  1. bytes before the first result at ${size.pages} pages: ours ${ours}, Pagefind ${theirs} (${(ours / theirs).toFixed(2)}x): ${verdict(ours < theirs)}`);
  }
  const largest = result.sizes.at(-1);
  if (largest) {
    const p95 = (engine: 'ours' | 'pagefind', kind: 'cold' | 'warm') => percentile(engineOf(largest, engine).browser[kind], 0.95);
    console.log(
      `  2. p95 query latency at ${largest.pages} pages after load: ours ${p95('ours', 'warm').toFixed(1)} ms (goal < ${SEARCH_GOALS.p95Ms} ms; Pagefind ${p95('pagefind', 'warm').toFixed(1)} ms): ${verdict(p95('ours', 'warm') < SEARCH_GOALS.p95Ms)}` +
        `; first time, fetching its files: ours ${p95('ours', 'cold').toFixed(1)} ms, Pagefind ${p95('pagefind', 'cold').toFixed(1)} ms`,
    );
  }
  const realSeconds = result.real.reduce((total, language) => total + language.seconds, 0);
  const perLanguage = result.real.map((language) => `${language.language} ${language.records} records ${language.seconds.toFixed(2)} s`).join(', ');
  const synthetic = result.sizes.find((size) => size.pages === 1000) ?? result.sizes[0];
  const syntheticNote = synthetic ? `; ${synthetic.pages} synthetic pages: ${engineOf(synthetic, 'ours').index.buildSeconds.toFixed(2)} s` : '';
  if (siteBuildSeconds === undefined) {
    console.log(
      `  3. index build on the real content: ${realSeconds.toFixed(2)} s (${perLanguage}${syntheticNote}); against the site's build: needs the site build; run without --search-only`,
    );
  } else {
    const share = realSeconds / siteBuildSeconds;
    console.log(
      `  3. index build on the real content: ${realSeconds.toFixed(2)} s (${perLanguage}${syntheticNote}) = ${(share * 100).toFixed(1)}% of the site's ${siteBuildSeconds.toFixed(1)} s build (goal < ${SEARCH_GOALS.buildShare * 100}%): ${verdict(share < SEARCH_GOALS.buildShare)}`,
    );
  }
}

function row(size: SizeResult, engine: EngineResult, queryCount: number): string[] {
  const { browser, index } = engine;
  const pair = (values: readonly number[]) => `${percentile(values, 0.5).toFixed(1)} / ${percentile(values, 0.95).toFixed(1)}`;
  return [
    String(size.pages),
    engine.engine,
    index.buildSeconds.toFixed(2),
    String(index.files),
    String(index.gzipBytes),
    String(firstResultBytes(engine)),
    String(browser.firstResultFiles.length),
    pair(browser.cold),
    pair(browser.warm),
    `${browser.found}/${queryCount}`,
  ];
}

function engineOf(size: SizeResult, name: EngineResult['engine']): EngineResult {
  const engine = size.engines.find((candidate) => candidate.engine === name);
  if (!engine) throw new Error(`No ${name} result at ${size.pages} pages.`);
  return engine;
}

function firstResultBytes(engine: EngineResult): number {
  return engine.browser.firstResultFiles.reduce((total, file) => total + file.bytes, 0);
}

function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

/** Columns padded to their widest cell; numbers aligned right. */
function formatTable(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  return rows
    .map((cells, rowIndex) =>
      cells
        .map((cell, column) => (rowIndex > 0 && /^[\d./ ]+$/.test(cell) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
