/**
 * Global set-up of the browser tests: checks that Chromium and the production build exist, then serves
 * build/ (or the folder named by BUILD_DIR, e.g. a build made with --out-dir) on a free port of the
 * loopback interface for the duration of the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BUILD = path.resolve(ROOT, process.env.BUILD_DIR ?? 'build');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder being served, for tests that read the built files. */
    buildDir: string;
  }
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  findChromium();
  if (!fs.existsSync(path.join(BUILD, 'index.html'))) {
    throw new Error('There is no production build to test. Run "npm run build" first (npm test does it for you).');
  }
  const port = await freePort();
  server = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'serve', '--dir', BUILD, '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl);
  project.provide('baseUrl', baseUrl);
  project.provide('buildDir', BUILD);
}

export function teardown(): void {
  server?.kill();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The built site did not answer at ${url} within 30 seconds.`);
}
