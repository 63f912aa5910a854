/**
 * Builds a library on disk for a test: the valid fixture, with the files of an invalid case laid over
 * it, and the files named in the case's `deleted.txt` taken away.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MDX_COMPONENT_NAMES } from '../../src/core/mdx-policy';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
export const VALID_LIBRARY = path.join(FIXTURES, 'valid');
export const INVALID_CASES = path.join(FIXTURES, 'invalid');

/** The names of the invalid cases, sorted. */
export function invalidCaseNames(): string[] {
  return fs
    .readdirSync(INVALID_CASES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Copies the valid library to a new temporary folder, applies the case, and returns the folder. */
export function buildCaseLibrary(caseName: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `library-${caseName}-`));
  fs.cpSync(VALID_LIBRARY, target, { recursive: true });
  const caseDir = path.join(INVALID_CASES, caseName);
  for (const entry of fs.readdirSync(caseDir)) {
    if (entry === 'expected.txt' || entry === 'deleted.txt') continue;
    fs.cpSync(path.join(caseDir, entry), path.join(target, entry), { recursive: true });
  }
  const deleted = path.join(caseDir, 'deleted.txt');
  if (fs.existsSync(deleted)) {
    for (const file of fs.readFileSync(deleted, 'utf8').split('\n').filter(Boolean)) fs.rmSync(path.join(target, file));
  }
  return target;
}

/**
 * The exact lines a contributor should see for the case. `{allowed components}` in a file stands for
 * the allow-list of MDX components, which grows as tools are added.
 */
export function expectedLines(caseName: string): string[] {
  return fs
    .readFileSync(path.join(INVALID_CASES, caseName, 'expected.txt'), 'utf8')
    .replaceAll('{allowed components}', MDX_COMPONENT_NAMES.join(', '))
    .split('\n')
    .filter(Boolean);
}
