import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSourceAddresses } from '../../scripts/sources/addresses';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/** A server with one address for each kind of answer a source can give. */
let server: http.Server;
let base = '';
const hits = new Map<string, number>();
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === '/ok') response.writeHead(200).end('fine');
    else if (url === '/moved') response.writeHead(301, { location: '/ok' }).end();
    else if (url === '/for-now') response.writeHead(302, { location: '/ok' }).end();
    else if (url === '/gone') response.writeHead(404).end();
    else if (url === '/down') response.writeHead(500).end();
    else if (url === '/no-head') response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    else if (url === '/slow') setTimeout(() => response.writeHead(200).end(), 400);
    // '/never' answers nothing: the request is left open.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** A library with one standard that cites each address of the server, and one organization's website. */
function library(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sources-'));
  fs.mkdirSync(path.join(root, 'standards/governance'), { recursive: true });
  fs.mkdirSync(path.join(root, 'standards/organizations'), { recursive: true });
  fs.mkdirSync(path.join(root, 'standards/i18n/es/governance'), { recursive: true });
  const sources = ['ok', 'moved', 'for-now', 'gone', 'down', 'no-head', 'slow', 'never'].map((name) => `  - title: ${name}\n    url: ${base}/${name}\n`).join('');
  fs.writeFileSync(path.join(root, 'standards/governance/GOV-01.yaml'), `id: GOV-01\nsources:\n${sources}`);
  fs.writeFileSync(path.join(root, 'standards/organizations/one.yaml'), `id: one\nwebsite: "${base}/ok"\n`);
  // A translation holds no addresses of its own; a line that only looks like one there is not read.
  fs.writeFileSync(path.join(root, 'standards/i18n/es/governance/GOV-01.yaml'), `id: GOV-01\nurl: ${base}/gone\n`);
  return root;
}

function run(root: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, 'scripts/check-sources.ts'), ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run check:sources', () => {
  it('finds every address of the data at its line and column, and none in translations', () => {
    const places = findSourceAddresses(library());
    expect(places.map(({ file, line, column }) => `${file}:${line}:${column}`)).toEqual([
      'standards/governance/GOV-01.yaml:4:10',
      'standards/governance/GOV-01.yaml:6:10',
      'standards/governance/GOV-01.yaml:8:10',
      'standards/governance/GOV-01.yaml:10:10',
      'standards/governance/GOV-01.yaml:12:10',
      'standards/governance/GOV-01.yaml:14:10',
      'standards/governance/GOV-01.yaml:16:10',
      'standards/governance/GOV-01.yaml:18:10',
      'standards/organizations/one.yaml:2:11',
    ]);
    expect(places.at(-1)!.url).toBe(`${base}/ok`);
  });

  it('reports broken, moved, slow and silent addresses at their place, retries, and fails on the broken ones', async () => {
    const root = library();
    const { code, stdout, stderr } = await run(root, '--timeout', '1000', '--slow', '250', '--retries', '1', '--retry-delay', '10', '--host-pause', '0', '--report', 'report.md');
    const file = 'standards/governance/GOV-01.yaml';
    expect(stdout.split('\n').filter((line) => line.startsWith('standards/'))).toEqual([
      `${file}:6:10  warning: sources: ${base}/moved has moved for good to ${base}/ok (check that the new page says the same, then write its address)`,
      `${file}:10:10  sources: ${base}/gone is broken (HTTP 404) (find the page again, or a copy in a web archive, and write its address; or remove the source and what rests on it)`,
      `${file}:12:10  sources: ${base}/down is broken (HTTP 500) (find the page again, or a copy in a web archive, and write its address; or remove the source and what rests on it)`,
      expect.stringMatching(new RegExp(`^${file}:16:10  warning: sources: ${base}/slow answered in 0\\.\\d s \\(nothing to do unless it keeps happening\\)$`)),
      `${file}:18:10  sources: ${base}/never gave no answer in 2 tries (open it in a browser; if the site is gone, find the page elsewhere or remove the source)`,
    ]);
    expect(stdout).toContain('✖ 8 addresses: 3 answer, 1 moved, 2 broken, 1 slow, 1 gave no answer');
    expect(code).toBe(1);
    // Progress goes to standard error; a server error and silence are tried again, a 404 is not.
    expect(stderr).toContain('Checking 8 addresses on 1 servers, cited in 9 places...');
    expect(stderr).toContain('8/8 checked, 3 failing');
    expect(hits.get('/down')).toBe(2);
    expect(hits.get('/gone')).toBe(1);
    const report = fs.readFileSync(path.join(root, 'report.md'), 'utf8');
    expect(report).toMatch(/^# Source check, \d{4}-\d{2}-\d{2}\n\n8 addresses: 3 answer/);
    expect(report).toContain(`| broken | \`${file}:10\` | ${base}/gone | is broken (HTTP 404) |`);
  }, 30_000);
});
