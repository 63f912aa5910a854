import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCode } from '../../scripts/check/eslint';
import { lintMarkdown } from '../../scripts/check/markdown-lint';
import { checkFormatting, firstDifferentLine } from '../../scripts/check/prettier';
import { checkSpelling } from '../../scripts/check/spelling';
import { VALID_LIBRARY } from '../support/fixtures';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const SETTINGS = ['.markdownlint.json', 'cspell.json', 'cspell-words.txt', 'eslint.config.mjs', '.prettierrc.json', '.prettierignore'];

/** A copy of the valid library with the project's lint, spelling and layout settings, and the extra files given. */
function libraryWith(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'));
  fs.cpSync(VALID_LIBRARY, root, { recursive: true });
  for (const file of SETTINGS) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(root, file));
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** A cache folder of the test's own: the default one sits in node_modules, which these copies share with the project. */
function newCacheFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'check-cache-'));
}

describe('npm run check', () => {
  it('reports Markdown style problems with file, line and rule', async () => {
    const root = libraryWith({ 'docs/guides/page.md': '---\ntitle: T\n---\n\n# One\n\n### Skips a level\n' });
    expect(await lintMarkdown(root, ['docs/guides/page.md'], { cacheDir: false })).toEqual([
      'docs/guides/page.md:7:1  MD001: Heading levels should only increment by one level at a time (Expected: h2; Actual: h3)',
    ]);
  });

  it('reports misspelled words in English and Spanish, and accepts the word list', async () => {
    const root = libraryWith({ 'docs/guides/page.md': '---\ntitle: T\n---\n\nThe cooperatve decides. La cooperativa decide con el patrocinio y el quórum.\n' });
    const problems = (await checkSpelling(root, { cacheDir: false })).filter((line) => line.startsWith('docs/guides/page.md'));
    expect(problems).toEqual([
      'docs/guides/page.md:5:5  spelling: "cooperatve" is not a known word (did you mean "cooperative"? If the word is right, add it to cspell-words.txt)',
    ]);
  });

  it('reports lint problems in code with file, line, column and rule', async () => {
    const root = libraryWith({ 'src/example.ts': 'export function greet(name: string): string {\n  const unused = 1;\n  return `Hello, ${name}`;\n}\n' });
    expect(await lintCode(root, { cacheDir: false })).toEqual({
      problems: ["src/example.ts:2:9  @typescript-eslint/no-unused-vars: 'unused' is assigned a value but never used. Allowed unused vars must match /^_/u."],
      warnings: 0,
    });
  });

  it('leaves test fixtures and generated code out of the lint', async () => {
    const broken = 'export const x = ;\n';
    const root = libraryWith({ 'tests/fixtures/bad/page.ts': broken, 'src/core/generated/types.ts': broken, 'build/app.js': broken });
    expect((await lintCode(root, { cacheDir: false })).problems).toEqual([]);
  });

  it('names each file Prettier would change, at the first line it would change', async () => {
    const root = libraryWith({
      'src/formatted.ts': "export const names = ['a', 'b'];\n",
      'src/unformatted.ts': 'export const one = 1;\nexport const names = [ "a",\n  "b" ];\n',
      'tests/fixtures/bad/unformatted.ts': 'export const names = [ "a" ];\n',
    });
    const problems = (await checkFormatting(root, { cacheDir: false })).filter((line) => !SETTINGS.some((file) => line.startsWith(`${file}:`)));
    expect(problems).toEqual(['src/unformatted.ts:2:1  prettier: the layout differs from here on (npm run format fixes it)']);
  });

  it('gives the same report from its caches as without them, and sees a changed file', async () => {
    const root = libraryWith({
      'docs/guides/page.md': '---\ntitle: T\n---\n\n# One\n\n### Skips a level, with a mistaek\n',
      'src/example.ts': 'export const unused = [ "a" ];\nconst dropped = 1;\n',
    });
    const options = { cacheDir: newCacheFolder() };
    const run = async () => ({
      markdown: await lintMarkdown(root, ['docs/guides/page.md'], options),
      spelling: (await checkSpelling(root, options)).filter((line) => line.startsWith('docs/guides/page.md')),
      eslint: await lintCode(root, options),
      prettier: (await checkFormatting(root, options)).filter((line) => line.startsWith('src/')),
    });
    const first = await run();
    expect(first.markdown).toHaveLength(1);
    expect(first.spelling).toHaveLength(1);
    expect(first.eslint.problems).toHaveLength(1);
    expect(first.prettier).toHaveLength(1);
    expect(await run()).toEqual(first);

    fs.writeFileSync(path.join(root, 'src/example.ts'), "export const unused = ['a'];\n");
    fs.writeFileSync(path.join(root, 'docs/guides/page.md'), '---\ntitle: T\n---\n\n# One\n\n## One level down\n');
    expect(await run()).toEqual({ markdown: [], spelling: [], eslint: { problems: [], warnings: 0 }, prettier: [] });
  });

  it('finds the first line where two texts differ', () => {
    expect(firstDifferentLine('a\nb\n', 'a\nb\n')).toBe(0);
    expect(firstDifferentLine('a\nb\n', 'a\nc\n')).toBe(2);
    expect(firstDifferentLine('a\nb', 'a\nb\n')).toBe(2);
    expect(firstDifferentLine('a\n\n\n', 'a\n')).toBe(3);
  });
});
