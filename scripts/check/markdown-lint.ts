/** Markdown style of the pages under docs/, with the rules in .markdownlint.json. */
import fs from 'node:fs';
import path from 'node:path';
import { defaultCacheDir, hashOf, installedVersion, ResultCache } from './cache';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

export interface MarkdownLintOptions {
  /** Where to keep results between runs; `false` for none. */
  readonly cacheDir?: string | false;
}

export async function lintMarkdown(root: string, files: readonly string[], options: MarkdownLintOptions = {}): Promise<string[]> {
  const settings = fs.readFileSync(path.join(root, '.markdownlint.json'), 'utf8');
  const cacheDir = options.cacheDir ?? defaultCacheDir(root);
  const cache = cacheDir === false ? undefined : new ResultCache<string[]>(path.join(cacheDir, 'markdown.json'));
  const salt = hashOf(installedVersion('markdownlint'), settings, FRONT_MATTER.source);
  const problems = new Map<string, string[]>();
  const unknown: Record<string, string> = {};
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const known = cache?.get(hashOf(salt, file, text));
    if (known) problems.set(file, known);
    else unknown[file] = text;
  }
  if (Object.keys(unknown).length > 0) {
    // Loaded only when some page changed: it takes longer to load than the cache takes to read.
    const { lint } = await import('markdownlint/promise');
    const results = await lint({ strings: unknown, config: JSON.parse(settings), frontMatter: FRONT_MATTER });
    for (const [file, text] of Object.entries(unknown)) {
      const lines = (results[file] ?? []).map(
        (problem) =>
          `${file}:${problem.lineNumber}:${problem.errorRange?.[0] ?? 1}  ${problem.ruleNames[0]}: ${problem.ruleDescription}${problem.errorDetail ? ` (${problem.errorDetail})` : ''}`,
      );
      problems.set(file, lines);
      cache?.set(hashOf(salt, file, text), lines);
    }
  }
  cache?.save();
  return files.flatMap((file) => problems.get(file) ?? []);
}
