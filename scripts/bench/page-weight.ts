/**
 * What a reader's browser downloads to show a page the first time, until the network is quiet: the
 * HTML, every script and style sheet, and the data chunks of the route, gzipped as a static host
 * sends them, each file once. What the browser fetches ahead for the pages the links lead to is counted
 * apart. Measured in headless Chromium through the counting server, one fresh context per page.
 */
import type { Browser } from 'playwright-core';
import { startCountingServer } from './counting-server';

export interface PageWeight {
  /** The address measured, e.g. /standards/GOV-01. */
  readonly address: string;
  /** Files fetched to show the page and their bytes as sent (gzip for text), scripts alone and in all; each file once. */
  readonly files: number;
  readonly scriptBytes: number;
  readonly totalBytes: number;
  /** Bytes fetched ahead for the pages its links lead to (Docusaurus prefetches the links in view). */
  readonly prefetchBytes: number;
}

/** The weight of each address of the build in `buildDir`, in order. */
export async function measurePageWeights(browser: Browser, buildDir: string, addresses: readonly string[]): Promise<PageWeight[]> {
  const server = await startCountingServer(buildDir);
  const weights: PageWeight[] = [];
  try {
    for (const address of addresses) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.reset();
      const response = await page.goto(`${server.origin}${address}`, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${address} did not load (${response?.status() ?? 'no response'}) from ${buildDir}`);
      await context.close();
      const sent = server.sent();
      const shown = new Map(sent.filter((file) => !file.prefetch).map((file) => [file.path, file.bytes]));
      const ahead = new Map(sent.filter((file) => file.prefetch && !shown.has(file.path)).map((file) => [file.path, file.bytes]));
      const sum = (files: Iterable<[string, number]>) => [...files].reduce((total, [, bytes]) => total + bytes, 0);
      weights.push({
        address,
        files: shown.size,
        scriptBytes: sum([...shown].filter(([file]) => file.endsWith('.js'))),
        totalBytes: sum(shown),
        prefetchBytes: sum(ahead),
      });
    }
  } finally {
    await server.close();
  }
  return weights;
}
