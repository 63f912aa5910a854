/**
 * Lighthouse (mobile, its default simulated throttling) on the pages readers open most and on a page
 * of the bare Docusaurus site, each served gzipped by the counting server as a static host serves it.
 * Each page runs three times; the report keeps the median performance score and, from that run, the
 * total blocking time and largest contentful paint, and the accessibility score.
 * Goals: performance at least 95 and accessibility 100 on every page of the site.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import type { Result } from 'lighthouse';
import { findChromium } from '../../tests/e2e/support/launch-chromium';
import { startCountingServer } from './counting-server';

export interface LighthouseRow {
  readonly name: string;
  readonly address: string;
  /** The three performance scores, lowest first. */
  readonly scores: readonly number[];
  readonly performance: number;
  readonly accessibility: number;
  readonly totalBlockingMs: number;
  readonly largestPaintMs: number;
}

export interface LighthousePage {
  readonly name: string;
  /** The build folder the page is served from. */
  readonly buildDir: string;
  readonly address: string;
}

const RUNS = 3;
// Lighthouse runs as its own command under plain Node: it sends its functions' source into the page,
// and the names the TypeScript runner adds to functions would break them there.
const LIGHTHOUSE = path.join(process.cwd(), 'node_modules/lighthouse/cli/index.js');
const run = promisify(execFile);

async function lighthouseOnce(url: string, port: number): Promise<Result> {
  const { stdout } = await run(process.execPath, [LIGHTHOUSE, url, `--port=${port}`, '--output=json', '--quiet', '--only-categories=performance,accessibility'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Result;
}

export async function runLighthouse(pages: readonly LighthousePage[], log: (line: string) => void = () => {}): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const servers = new Map<string, Awaited<ReturnType<typeof startCountingServer>>>();
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      let server = servers.get(page.buildDir);
      if (!server) servers.set(page.buildDir, (server = await startCountingServer(page.buildDir)));
      const runs = [];
      for (let attempt = 0; attempt < RUNS; attempt += 1) {
        const { categories, audits } = await lighthouseOnce(`${server.origin}${page.address}`, chrome.port);
        runs.push({
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
          totalBlockingMs: audits['total-blocking-time']?.numericValue ?? NaN,
          largestPaintMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        });
      }
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor(RUNS / 2)]!;
      rows.push({ name: page.name, address: page.address, scores: runs.map((run) => run.performance), ...median });
      log(`  ${page.name}: ${median.performance}`);
    }
  } finally {
    await Promise.all([...servers.values()].map((server) => server.close()));
    chrome.kill();
  }
  return rows;
}

export function printLighthouseReport(rows: readonly LighthouseRow[]): void {
  console.log('\nLighthouse 12 (mobile, simulated throttling, median of three runs), served gzipped');
  console.log(['page', 'address', 'performance (runs)', 'TBT (ms)', 'LCP (s)', 'accessibility', 'goal'].join('\t'));
  for (const row of rows) {
    const bare = row.name.startsWith('bare');
    const goal = bare ? '-' : row.performance >= 95 && row.accessibility === 100 ? 'met' : 'MISSED';
    console.log(
      [
        row.name,
        row.address,
        `${row.performance} (${row.scores.join(', ')})`,
        Math.round(row.totalBlockingMs),
        (row.largestPaintMs / 1000).toFixed(1),
        row.accessibility,
        goal,
      ].join('\t'),
    );
  }
}
