import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintMarkdown } from '../../scripts/check/markdown-lint';
import { checkSpelling } from '../../scripts/check/spelling';
import { VALID_LIBRARY } from '../support/fixtures';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/** A copy of the valid library with the project's lint and spelling settings, and one extra page. */
function libraryWithPage(page: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'));
  fs.cpSync(VALID_LIBRARY, root, { recursive: true });
  for (const file of ['.markdownlint.json', 'cspell.json', 'cspell-words.txt']) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(root, file));
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  fs.mkdirSync(path.join(root, 'docs', 'guides'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs', 'guides', 'page.md'), page);
  return root;
}

describe('npm run check', () => {
  it('reports Markdown style problems with file, line and rule', () => {
    const root = libraryWithPage('---\ntitle: T\n---\n\n# One\n\n### Skips a level\n');
    expect(lintMarkdown(root, ['docs/guides/page.md'])).toEqual(['docs/guides/page.md:7:1  MD001: Heading levels should only increment by one level at a time (Expected: h2; Actual: h3)']);
  });

  it('reports misspelled words in English and Spanish, and accepts the word list', () => {
    const root = libraryWithPage('---\ntitle: T\n---\n\nThe cooperatve decides. La cooperativa decide con el patrocinio y el quórum.\n');
    const problems = checkSpelling(root).filter((line) => line.startsWith('docs/guides/page.md'));
    expect(problems).toEqual(['docs/guides/page.md:5:5  spelling: "cooperatve" is not a known word (did you mean "cooperative"? If the word is right, add it to cspell-words.txt)']);
  });

});
