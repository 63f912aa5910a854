/**
 * Global set-up of the browser tests: checks that Chromium and the production build exist, then serves
 * build/ (or the folder named by BUILD_DIR, e.g. a build made with --out-dir) on a free port of the
 * loopback interface for the duration of the run. The build made under a base path
 * (`npm run build:sub-path`, in build-sub-path/) is served too, under that path, when it exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BUILD = path.resolve(ROOT, process.env.BUILD_DIR ?? 'build');
/** The build made for a sub-path, and that path, read from package.json's build:sub-path so that they are stated once. */
const SUB_PATH_SCRIPT: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['build:sub-path'];
const scriptOption = (name: string) => {
  const value = new RegExp(`${name} (\\S+)`).exec(SUB_PATH_SCRIPT)?.[1];
  if (!value) throw new Error(`package.json's build:sub-path script has no ${name}: "${SUB_PATH_SCRIPT}".`);
  return value;
};
const SUB_PATH_BUILD = path.resolve(ROOT, scriptOption('--out-dir'));
const SUB_PATH = scriptOption('--base-path');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder being served, for tests that read the built files. */
    buildDir: string;
    /** The sub-path build's address, its base path included (no trailing slash); '' when it was not built. */
    subPathUrl: string;
  }
}

const servers: ChildProcess[] = [];

export async function setup(project: TestProject): Promise<void> {
  findChromium();
  if (!fs.existsSync(path.join(BUILD, 'index.html'))) {
    throw new Error('There is no production build to test. Run "npm run build" first (npm test does it for you).');
  }
  const baseUrl = await serve(BUILD, {});
  project.provide('baseUrl', baseUrl);
  project.provide('buildDir', BUILD);
  const subPath = fs.existsSync(path.join(SUB_PATH_BUILD, 'index.html'));
  project.provide('subPathUrl', subPath ? `${await serve(SUB_PATH_BUILD, { BASE_PATH: SUB_PATH })}${SUB_PATH.replace(/\/$/, '')}` : '');
}

/** Serves a build folder as `docusaurus serve` does (under the base path the environment sets), and returns its origin. */
async function serve(folder: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  servers.push(
    spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'serve', '--dir', folder, '--port', String(port), '--host', '127.0.0.1', '--no-open'],
      {
        cwd: ROOT,
        stdio: 'ignore',
        env: { ...process.env, ...env },
      },
    ),
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}${env.BASE_PATH ?? '/'}`);
  return origin;
}

export function teardown(): void {
  for (const server of servers) server.kill();
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
