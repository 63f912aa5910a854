/** Spelling in English and Spanish, with the project's word list (cspell.json, cspell-words.txt). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const SPELLING_GLOBS = ['standards/**/*.yaml', 'docs/**/*.md*', 'i18n/es/**/*.md*', 'i18n/es/**/*.json', 'README.md', 'CONTRIBUTING.md'];

export function checkSpelling(root: string): string[] {
  const cli = path.join(root, 'node_modules', 'cspell', 'bin.mjs');
  const result = spawnSync(process.execPath, [cli, '--no-progress', '--no-summary', '--no-color', ...SPELLING_GLOBS], { cwd: root, encoding: 'utf8' });
  return result.stdout
    .split('\n')
    .map((line) => /^(.+?):(\d+):(\d+) - Unknown word \(([^)]+)\)(?: fix: \(([^)]+)\))?/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, file, line, column, word, suggestion]) => {
      const fix = suggestion ? `did you mean "${suggestion}"? If the word is right, add it to cspell-words.txt` : 'fix the spelling, or add the word to cspell-words.txt if it is right';
      return `${file}:${line}:${column}  spelling: "${word}" is not a known word (${fix})`;
    });
}
