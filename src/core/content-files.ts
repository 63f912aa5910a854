/**
 * Finds the content files of a library on disk and says what kind each one is, from where it sits.
 * This is the only module that walks the file tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareText, type ContentError } from './errors';
import type { ContentKind } from './schemas';

export interface ContentFile {
  /** Relative to the root, with forward slashes. */
  readonly file: string;
  readonly kind: ContentKind;
  /** For a translation: its language; for a doc page: the locale it is written in. */
  readonly language?: 'en' | 'es';
  /** For a translation: whether it translates a domain or a standard. */
  readonly translates?: 'domain' | 'standard';
  /** For a standard or a standard's translation: the folder it sits in. */
  readonly folder?: string;
  /** For a doc page: its Docusaurus doc ID, e.g. `curricula/developer-fundamentals/co-op-identity`. */
  readonly docId?: string;
}

export interface FoundFiles {
  files: ContentFile[];
  /** Every Markdown and MDX page under the docs folders, for the MDX safety check. */
  pages: string[];
  /**
   * Every other Markdown and MDX file a plugin may compile: the docs as releases froze them, pages in
   * src/pages, and any folder a new plugin instance reads. They run as code too, so they get the same
   * safety check; only the folders in NEVER_COMPILED are left out.
   */
  otherPages: string[];
  errors: ContentError[];
}

/**
 * Top-level folders that no plugin compiles as pages: dependencies, build output, tests and their
 * fixtures, the scripts' templates (checked when `npm run new` turns them into pages) and files served
 * as they are. Folders whose names start with a dot or with `build` are left out too.
 */
const NEVER_COMPILED: ReadonlySet<string> = new Set(['node_modules', 'tests', 'test-results', 'scripts', 'static']);

const DOC_ROOTS: ReadonlyArray<{ dir: string; language: 'en' | 'es' }> = [
  { dir: 'docs', language: 'en' },
  { dir: 'i18n/es/docusaurus-plugin-content-docs/current', language: 'es' },
];

/** Lists every content file under `root`, sorted by path so that reports never change order. */
export function findContentFiles(root: string): FoundFiles {
  const files: ContentFile[] = [];
  const pages: string[] = [];
  const errors: ContentError[] = [];
  for (const file of listFiles(root, 'standards')) {
    const classified = classifyStandardsFile(file);
    if (classified === 'ignored') continue;
    if (classified) files.push(classified);
    else errors.push(misplaced(file));
  }
  for (const { dir, language } of DOC_ROOTS) {
    for (const file of listFiles(root, dir)) {
      if (/\.mdx?$/.test(file)) pages.push(file);
      const classified = classifyDocFile(file.slice(dir.length + 1), file, language);
      if (classified) files.push(classified);
    }
  }
  const known = new Set(pages);
  const otherPages = listFolders(root, '')
    .filter((folder) => !NEVER_COMPILED.has(folder) && !/^(\.|build)/.test(folder))
    .flatMap((folder) => listFiles(root, folder))
    .filter((file) => /\.mdx?$/i.test(file) && !known.has(file));
  return { files, pages, otherPages, errors };
}

/** The names of the folders directly below `root/dir`, sorted. */
function listFolders(root: string, dir: string): string[] {
  const start = path.join(root, dir);
  if (!fs.existsSync(start)) return [];
  return fs.readdirSync(start, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort(compareText);
}

function classifyStandardsFile(file: string): ContentFile | undefined | 'ignored' {
  const parts = file.split('/').slice(1);
  const [first, second, third, fourth] = parts;
  if (!file.endsWith('.yaml')) return file.endsWith('.yml') ? undefined : 'ignored';
  if (parts.length === 1 && first === 'library.yaml') return { file, kind: 'library' };
  if (parts.length === 1 && first === 'glossary.yaml') return { file, kind: 'glossary' };
  if (parts.length === 2 && first === 'domains') return { file, kind: 'domain' };
  if (parts.length === 2 && first === 'checklists') return { file, kind: 'checklist' };
  if (parts.length === 2 && first === 'releases') return { file, kind: 'release' };
  if (parts.length === 4 && first === 'i18n' && (second === 'es' || second === 'en') && fourth) {
    return third === 'domains'
      ? { file, kind: 'translation', language: second, translates: 'domain' }
      : { file, kind: 'translation', language: second, translates: 'standard', folder: third };
  }
  if (parts.length === 2 && first !== 'i18n') return { file, kind: 'standard', folder: first };
  return undefined;
}

function classifyDocFile(relative: string, file: string, language: 'en' | 'es'): ContentFile | undefined {
  if (!/\.mdx?$/.test(relative)) return undefined;
  const parts = relative.split('/');
  const docId = docIdOf(relative);
  if (parts[0] === 'curricula' && parts.length === 3 && /^index\.mdx?$/.test(parts[2]!)) return { file, kind: 'curriculum', language, docId };
  if (/(^|\/)index\.mdx?$/.test(relative)) return undefined;
  if (parts[0] === 'curricula' && parts.length === 3) return { file, kind: 'lesson', language, docId };
  if (parts[0] === 'tools' && parts.length === 2) return { file, kind: 'tool', language, docId };
  return undefined;
}

/**
 * The doc ID Docusaurus gives a page: its path under docs/ without the extension, with number
 * prefixes such as `01-` removed from each part.
 */
export function docIdOf(relativeToDocs: string): string {
  return relativeToDocs
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((part) => part.replace(/^\d+\s*[-_.]+\s*/, ''))
    .join('/');
}

function misplaced(file: string): ContentError {
  return {
    file,
    position: { line: 1, column: 1 },
    field: '(file)',
    message: 'this file is not in a place the library knows',
    fix: file.endsWith('.yml')
      ? 'rename it to end in .yaml'
      : 'put a standard in standards/<domain>/<ID>.yaml, a domain in standards/domains/, a translation in standards/i18n/es/',
  };
}

/** Files below `root/dir`, relative to `root`, sorted. Missing folders give nothing. */
function listFiles(root: string, dir: string): string[] {
  const start = path.join(root, dir);
  if (!fs.existsSync(start)) return [];
  const entries = fs.readdirSync(start, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort(compareText);
}
