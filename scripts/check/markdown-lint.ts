/** Markdown style of the pages under docs/, with the rules in .markdownlint.json. */
import fs from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint/sync';

export function lintMarkdown(root: string, files: readonly string[]): string[] {
  const config = JSON.parse(fs.readFileSync(path.join(root, '.markdownlint.json'), 'utf8'));
  const strings = Object.fromEntries(files.map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]));
  const results = lint({ strings, config, frontMatter: /^---\r?\n[\s\S]*?\r?\n---\r?\n/ });
  return files.flatMap((file) =>
    (results[file] ?? []).map(
      (problem) => `${file}:${problem.lineNumber}:${problem.errorRange?.[0] ?? 1}  ${problem.ruleNames[0]}: ${problem.ruleDescription}${problem.errorDetail ? ` (${problem.errorDetail})` : ''}`,
    ),
  );
}
