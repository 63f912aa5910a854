/** Helpers of the offline tests: cutting a reader off, and reading the service worker's list of saved files. */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

/**
 * Cuts the reader off. Chromium's offline mode does not reach the service worker's own requests, so every
 * request of the context is also refused, as with no signal at all.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

/** The files a language's service worker saves, as its build wrote them into sw.js. */
export function savedFiles(folder: string): string[] {
  const worker = fs.readFileSync(path.join(folder, 'sw.js'), 'utf8');
  return [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
}
