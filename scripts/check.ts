/**
 * `npm run check`: the fast check before a pull request. Content validation (schemas, cross-file rules,
 * MDX safety, internal links), Markdown style, and spelling in English and Spanish. Prints every
 * problem as `file:line:column  message`, then one summary line.
 */
import { formatContentError } from '../src/core/errors';
import { findContentFiles } from '../src/core/content-files';
import { loadLibrary } from '../src/core/load';
import { lintMarkdown } from './check/markdown-lint';
import { checkSpelling } from './check/spelling';

function main(): number {
  const started = performance.now();
  const root = process.cwd();
  const { errors, warnings } = loadLibrary(root);
  const { pages } = findContentFiles(root);
  const groups: Array<[string, string[]]> = [
    ['content', [...errors, ...warnings].map(formatContentError)],
    ['markdown', lintMarkdown(root, pages)],
    ['spelling', checkSpelling(root)],
  ];
  for (const [, lines] of groups) for (const line of lines) console.log(line);
  const total = groups.reduce((sum, [, lines]) => sum + lines.length, 0) - warnings.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = groups.map(([name, lines]) => `${name} ${lines.length}`).join(', ');
  console.log(total === 0 ? `\n✔ check passed in ${seconds} s (${counts})` : `\n✖ ${total} problems (${counts}) in ${seconds} s`);
  return total === 0 ? 0 : 1;
}

process.exitCode = main();
