/**
 * The code's layout, with the settings in .prettierrc.json: names each file that `npm run format` would
 * change, at the first line it would change. Files in .gitignore and .prettierignore are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { defaultCacheDir, fingerprintOf, hashOf, installedVersion, memoize, ResultCache, type Memo } from './cache';
import { findFiles } from './files';

/** The kinds of file Prettier formats here; Markdown, MDX and YAML are content, with checks of their own. */
const EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.css', '.json']);
const IGNORE_FILES = ['.gitignore', '.prettierignore'];
const SETTINGS_FILES = ['.prettierrc.json', ...IGNORE_FILES];

export interface FormatCheckOptions {
  /** Where to keep results between runs; `false` for none. */
  readonly cacheDir?: string | false;
}

/** What Prettier made of one file: the first line it would change (0 for none). */
interface Verdict {
  readonly firstChangedLine: number;
}

/**
 * Two caches: one verdict per file by its text, so that only changed files are formatted again, and the
 * whole result, so that when nothing changed not even the files' list is judged again.
 */
export async function checkFormatting(root: string, options: FormatCheckOptions = {}): Promise<string[]> {
  const files = findFiles(root, '', EXTENSIONS);
  return memoize(formatCheckMemo(root, options, files), async () => {
    const cacheDir = options.cacheDir ?? defaultCacheDir(root);
    const cache = cacheDir === false ? undefined : new ResultCache<Verdict>(path.join(cacheDir, 'prettier.json'));
    const salt = hashOf(installedVersion('prettier'), readIfThere(path.join(root, '.prettierrc.json')));
    const problems: string[] = [];
    let prettier: typeof import('prettier') | undefined;
    // The ignore files read once, with the rules Prettier itself uses (the `ignore` package), rather than once per file.
    const ignored = ignore({ allowRelativePaths: true }).add(IGNORE_FILES.map((file) => readIfThere(path.join(root, file))).join('\n'));
    for (const file of files.filter((name) => !ignored.ignores(name))) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const key = hashOf(salt, file, text);
      let verdict = cache?.get(key);
      if (!verdict) {
        // Loaded only when some file changed, so that a run with nothing new does not pay for loading it.
        prettier ??= await import('prettier');
        verdict = await judge(prettier, root, file, text);
        cache?.set(key, verdict);
      }
      if (verdict.firstChangedLine > 0) {
        problems.push(`${file}:${verdict.firstChangedLine}:1  prettier: the layout differs from here on (npm run format fixes it)`);
      }
    }
    cache?.save();
    return problems;
  });
}

/** Where the whole result is kept, and what it depends on: the files, Prettier's settings and ignore files, and its version. */
export function formatCheckMemo(root: string, options: FormatCheckOptions = {}, files = findFiles(root, '', EXTENSIONS)): Memo {
  const cacheDir = options.cacheDir ?? defaultCacheDir(root);
  const fingerprint = fingerprintOf(root, [installedVersion('prettier')], [...SETTINGS_FILES, ...files]);
  return { file: cacheDir === false ? undefined : path.join(cacheDir, 'prettier-result.json'), fingerprint };
}

/** Prettier's verdict on one file that its ignore files do not leave out. */
async function judge(prettier: typeof import('prettier'), root: string, file: string, text: string): Promise<Verdict> {
  const filepath = path.join(root, file);
  const config = await prettier.resolveConfig(filepath, { editorconfig: false });
  const formatted = await prettier.format(text, { ...config, filepath });
  return { firstChangedLine: firstDifferentLine(text, formatted) };
}

/** The 1-based number of the first line where two texts differ, or 0 when they are the same. */
export function firstDifferentLine(before: string, after: string): number {
  if (before === after) return 0;
  const a = before.split('\n');
  const b = after.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return Math.min(line, a.length - 1) + 1;
}

function readIfThere(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
