/**
 * Measures a search engine in headless Chromium, in a fresh context with nothing cached: the bytes
 * the server sends from the first use of search until the first result's data is there, then the
 * time each of many queries takes in the page (search plus the first result's data), timed with
 * `performance.now()` inside the page. "Cold" is the first run of each query, which may still
 * fetch index files; "warm" runs the same queries again.
 */
import type { Browser } from 'playwright-core';
import type { CountingServer, SentFile } from './counting-server';

export type EngineName = 'ours' | 'pagefind';

export interface BrowserSide {
  /** Where the blank page that hosts the measurements is, e.g. `/bench/`. */
  readonly hostPage: string;
  /** Our bundled engine and the folder of our index. */
  readonly ourBundle: string;
  readonly ourIndex: string;
  /** Pagefind's module. */
  readonly pagefindModule: string;
}

export interface EngineMeasurement {
  readonly engine: EngineName;
  readonly firstQuery: string;
  /** The first result's title, or undefined when the query found nothing. */
  readonly firstTitle: string | undefined;
  readonly firstResultMs: number;
  /** Everything the server sent until the first result was there. */
  readonly firstResultFiles: readonly SentFile[];
  readonly cold: readonly number[];
  readonly warm: readonly number[];
  /** How many of the timed queries found something. */
  readonly found: number;
}

/** The page that hosts the measurements: nothing to load, not even a favicon. */
export const HOST_PAGE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Search benchmark</title></head><body></body></html>\n';

// In-page code, sent as text so that nothing of this script's own compilation leaks into the page.
// Each setup loads an engine, defines `window.benchSearch(query)` (search, then the first result's
// title), and runs the first query.
const SETUP: Record<EngineName, string> = {
  ours: `async ({ query, side }) => {
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = side.ourBundle;
      script.onload = resolve;
      script.onerror = () => reject(new Error('Could not load ' + side.ourBundle));
      document.head.append(script);
    });
    const index = await window.openLocalSearch(side.ourIndex);
    window.benchSearch = async (text) => {
      const { top } = await index.search(text, { limit: 10 });
      if (top.length === 0) return undefined;
      const [first] = await index.documents([top[0].document]);
      return first.title;
    };
    const title = await window.benchSearch(query);
    return { title, ms: performance.now() - started };
  }`,
  pagefind: `async ({ query, side }) => {
    const started = performance.now();
    const pagefind = await import(side.pagefindModule);
    await pagefind.init?.();
    window.benchSearch = async (text) => {
      const search = await pagefind.search(text);
      if (!search || search.results.length === 0) return undefined;
      const data = await search.results[0].data();
      return data.meta?.title;
    };
    const title = await window.benchSearch(query);
    return { title, ms: performance.now() - started };
  }`,
};

const TIME_QUERIES = `async (queries) => {
  const times = [];
  let found = 0;
  for (const query of queries) {
    const started = performance.now();
    const title = await window.benchSearch(query);
    times.push(performance.now() - started);
    if (title !== undefined) found += 1;
  }
  return { times, found };
}`;

function call(code: string, argument: unknown): string {
  return `(${code})(${JSON.stringify(argument)})`;
}

export async function measureEngine(
  browser: Browser,
  server: CountingServer,
  side: BrowserSide,
  engine: EngineName,
  firstQuery: string,
  queries: readonly string[],
): Promise<EngineMeasurement> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${side.hostPage}`, { waitUntil: 'load' });
    server.reset();
    const first = (await page.evaluate(call(SETUP[engine], { query: firstQuery, side }))) as { title?: string; ms: number };
    const firstResultFiles = [...server.sent()];
    const cold = (await page.evaluate(call(TIME_QUERIES, queries))) as { times: number[]; found: number };
    const warm = (await page.evaluate(call(TIME_QUERIES, queries))) as { times: number[]; found: number };
    return { engine, firstQuery, firstTitle: first.title, firstResultMs: first.ms, firstResultFiles, cold: cold.times, warm: warm.times, found: cold.found };
  } finally {
    await context.close();
  }
}

/** The value below which `fraction` of the values fall (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}
