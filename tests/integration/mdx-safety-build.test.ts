/**
 * The MDX safety check inside the build: a small site with an unsafe page in each place a plugin
 * compiles pages from (src/pages, docs, a second docs plugin instance, Spanish docs, a page in plain
 * Markdown format) must stop building and name every page with `file:line:column` and the fix, with
 * either bundler Docusaurus offers: webpack, and Rspack (Docusaurus Faster), which the site uses.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../src/core/mdx-policy';
import { checkMdxSafety } from '../../src/core/mdx-safety';
import { formatContentError } from '../../src/core/errors';
import { FIXTURES } from '../support/fixtures';

const FIXTURE = path.join(FIXTURES, 'site-unsafe-pages');
// The copy sits beside the fixture, so that its imports of the project's plugin and packages resolve.
const site = fs.mkdtempSync(path.join(FIXTURES, '.tmp-site-'));
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unsafe-site-build-'));
fs.cpSync(FIXTURE, site, { recursive: true });
afterAll(() => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

const expected = fs.readFileSync(path.join(FIXTURE, 'expected.txt'), 'utf8').replaceAll('{allowed components}', MDX_COMPONENT_NAMES.join(', ')).split('\n').filter(Boolean);

describe.each(['webpack', 'rspack'])('the MDX safety check in the build, bundled by %s', (bundler) => {
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    // The Spanish build compiles every plugin's pages: its own translations, and the English page where none exists.
    const docusaurus = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
    const build = spawnSync(process.execPath, [docusaurus, 'build', '--locale', 'es', '--out-dir', outDir], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, FIXTURE_BUNDLER: bundler },
    });
    status = build.status;
    output = `${build.stdout}\n${build.stderr}`;
  }, 180_000);

  it('stops the build and writes no site', () => {
    expect(status).not.toBe(0);
    expect(fs.existsSync(outDir) ? fs.readdirSync(outDir, { recursive: true }) : []).toEqual([]);
  });

  it.each(expected)('names the problem: %s', (line) => {
    expect(output).toContain(line);
  });

  it('gives the same messages as npm run validate, without building', () => {
    const files = [...new Set(expected.map((line) => line.slice(0, line.indexOf(':'))))];
    const validated = files.flatMap((file) => checkMdxSafety(file, fs.readFileSync(path.join(FIXTURE, file), 'utf8')).map(formatContentError));
    expect(validated.sort()).toEqual([...expected].sort());
  });
});
