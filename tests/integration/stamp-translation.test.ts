import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/core/errors';
import { loadLibrary } from '../../src/core/load';
import { buildCaseLibrary } from '../support/fixtures';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const stamp = (root: string, ...files: string[]) =>
  spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, 'scripts/stamp-translation.ts'), ...files], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run i18n:stamp on a translated page', () => {
  const unstamped = 'i18n/es/docusaurus-plugin-content-docs/current/tools/buy-in.mdx';
  const stale = 'i18n/es/docusaurus-plugin-content-docs/current/paths/nonprofits.mdx';

  it('adds the stamp to a page that has none and updates a stale one, so that they validate', () => {
    const root = buildCaseLibrary('page-translations');
    fs.rmSync(path.join(root, 'i18n/es/docusaurus-plugin-content-docs/current/guides/only-in-spanish.mdx'));
    fs.rmSync(path.join(root, 'docs/curricula/demo/index.mdx'));
    fs.cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/valid/docs/curricula/demo/index.mdx'), path.join(root, 'docs/curricula/demo/index.mdx'));
    const before = fs.readFileSync(path.join(root, unstamped), 'utf8');

    const result = stamp(root, unstamped, stale);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${unstamped}: source_hash "[0-9a-f]{12}"$`, 'm'));

    // The stamp is the first line of the front matter; nothing else of the page changed.
    const after = fs.readFileSync(path.join(root, unstamped), 'utf8');
    expect(after.split('\n')[1]).toMatch(/^source_hash: "[0-9a-f]{12}"$/);
    expect(after.replace(/^source_hash:.*\n/m, '')).toBe(before);
    const { errors, warnings } = loadLibrary(root);
    expect([...errors, ...warnings].map(formatContentError)).toEqual([]);
  });

  it('refuses a page with no English page, and says why', () => {
    const root = buildCaseLibrary('page-translations');
    const result = stamp(root, 'i18n/es/docusaurus-plugin-content-docs/current/guides/only-in-spanish.mdx');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('translates docs/guides/only-in-spanish.mdx, which does not exist');
  });
});
