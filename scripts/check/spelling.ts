/** Spelling in English and Spanish, with the project's word list (cspell.json, cspell-words.txt). */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { defaultCacheDir, fingerprintOf, installedVersion, memoize, type Memo } from './cache';
import { findFiles } from './files';

export const SPELLING_GLOBS = ['standards/**/*.yaml', 'tool-data/**/*.yaml', 'docs/**/*.md*', 'i18n/es/**/*.md*', 'i18n/es/**/*.json', 'README.md', 'CONTRIBUTING.md'];
/** Besides the spelled files, what the result depends on: the settings, the word list, and the dictionaries' versions. */
const SETTINGS_FILES = ['cspell.json', 'cspell-words.txt', 'package-lock.json'];

export interface SpellingOptions {
  /** Where cspell keeps its results between runs; `false` for none. */
  readonly cacheDir?: string | false;
}

/**
 * Runs cspell in a process of its own, so that it spells while the other checks run. Its cache holds each
 * file's problems by the file's text and the settings, so a file that did not change is not read again;
 * when no file and no setting changed, cspell is not started at all.
 */
export async function checkSpelling(root: string, options: SpellingOptions = {}): Promise<string[]> {
  const cacheDir = options.cacheDir ?? defaultCacheDir(root);
  return memoize(spellingMemo(root, options), async () => {
    const cli = path.join(root, 'node_modules', 'cspell', 'bin.mjs');
    const cache = cacheDir === false ? ['--no-cache'] : ['--cache', '--cache-strategy', 'content', '--cache-location', path.join(cacheDir, 'cspell.json')];
    const stdout = await run(process.execPath, [cli, '--no-progress', '--no-summary', '--no-color', ...cache, ...SPELLING_GLOBS], root);
    return stdout
      .split('\n')
      .map((line) => /^(.+?):(\d+):(\d+) - Unknown word \(([^)]+)\)(?: fix: \(([^)]+)\))?/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, file, line, column, word, suggestion]) => {
        const fix = suggestion
          ? `did you mean "${suggestion}"? If the word is right, add it to cspell-words.txt`
          : 'fix the spelling, or add the word to cspell-words.txt if it is right';
        return `${file}:${line}:${column}  spelling: "${word}" is not a known word (${fix})`;
      });
  });
}

/** Where the whole result is kept, and what it depends on: the spelled files, the word list and the dictionaries' versions. */
export function spellingMemo(root: string, options: SpellingOptions = {}): Memo {
  const cacheDir = options.cacheDir ?? defaultCacheDir(root);
  // Every file under the fixed start of each glob: more than cspell reads, which only makes the memo more careful.
  const spelled = SPELLING_GLOBS.flatMap((glob) => {
    const base = fixedStart(glob);
    return base === glob ? [glob] : findFiles(root, base);
  });
  const fingerprint = fingerprintOf(root, [installedVersion('cspell'), ...SPELLING_GLOBS], [...SETTINGS_FILES, ...spelled]);
  return { file: cacheDir === false ? undefined : path.join(cacheDir, 'spelling-result.json'), fingerprint };
}

/** The folders of a glob before its first wildcard (`i18n/es` for the Spanish pages' glob), or the glob itself when it has none. */
function fixedStart(glob: string): string {
  const segments = glob.split('/');
  const wild = segments.findIndex((segment) => /[*?[{]/.test(segment));
  return wild === -1 ? glob : segments.slice(0, wild).join('/');
}

/** The standard output of a program; cspell exits 1 when it finds a problem, so the exit code is not an error. */
function run(program: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || code === 1) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`cspell exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`));
    });
  });
}
