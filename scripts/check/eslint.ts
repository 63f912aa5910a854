/** The code's lint, with the rules in eslint.config.mjs. */
import path from 'node:path';
import type { ESLint } from 'eslint';
import { defaultCacheDir, fingerprintOf, installedVersion, memoize, type Memo } from './cache';
import { findFiles } from './files';

/** Every kind of file ESLint may be set to lint; more than it lints is fine, since these only decide when to look again. */
const CODE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
/** Besides the code, what a lint result depends on: the rules, and the versions of ESLint and its plugins. */
const SETTINGS_FILES = ['eslint.config.mjs', 'package-lock.json'];

export interface CodeLintOptions {
  /** Where ESLint keeps its results between runs; `false` for none. */
  readonly cacheDir?: string | false;
}

export interface CodeLintResult {
  readonly problems: string[];
  readonly warnings: number;
}

/**
 * Lints with two caches: ESLint's own, by each file's text (not its time, so that a fresh checkout still
 * finds its results), and one for the whole result, so that when no code, rule or version changed, ESLint
 * and its plugins are not loaded at all (loading them takes longer than linting a few files).
 */
export async function lintCode(root: string, options: CodeLintOptions = {}): Promise<CodeLintResult> {
  const cacheDir = options.cacheDir ?? defaultCacheDir(root);
  return memoize(codeLintMemo(root, options), async () => {
    const { ESLint: Linter } = await import('eslint');
    const eslint = new Linter({
      cwd: root,
      errorOnUnmatchedPattern: false,
      ...(cacheDir === false ? {} : { cache: true, cacheLocation: path.join(cacheDir, 'eslint.json'), cacheStrategy: 'content' as const }),
    });
    return report(root, await eslint.lintFiles(['.']));
  });
}

/** Where the whole result is kept, and what it depends on: the code, the rules, and the versions of ESLint and its plugins. */
export function codeLintMemo(root: string, options: CodeLintOptions = {}): Memo {
  const cacheDir = options.cacheDir ?? defaultCacheDir(root);
  const fingerprint = fingerprintOf(root, [installedVersion('eslint')], [...SETTINGS_FILES, ...findFiles(root, '', CODE_EXTENSIONS)]);
  return { file: cacheDir === false ? undefined : path.join(cacheDir, 'eslint-result.json'), fingerprint };
}

function report(root: string, results: readonly ESLint.LintResult[]): CodeLintResult {
  const problems: string[] = [];
  let warnings = 0;
  for (const result of [...results].sort((a, b) => compareText(a.filePath, b.filePath))) {
    const file = path.relative(root, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      // Some rules explain over several lines; the first says what is wrong, and one line per problem keeps the list readable.
      const text = message.message.split('\n')[0]!.trim();
      const rule = message.ruleId ?? (message.fatal ? 'syntax' : 'eslint');
      const warning = message.severity === 1;
      if (warning) warnings++;
      problems.push(`${file}:${message.line ?? 1}:${message.column ?? 1}  ${warning ? 'warning: ' : ''}${rule}: ${text}`);
    }
  }
  return { problems, warnings };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
