/**
 * The pages of the docs (curricula, lessons, tools, guides) in one language, read from disk with the
 * address Docusaurus gives them. The search plugin checks these addresses against the docs plugin's
 * own at every build, so the two can never drift apart silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { docIdOf } from '../content-files';
import type { SearchLanguage } from './text';

export type DocPageType = 'curriculum' | 'lesson' | 'tool' | 'guide';

export interface DocPage {
  /** Relative to the project root, with forward slashes. */
  readonly file: string;
  readonly docId: string;
  readonly language: SearchLanguage;
  readonly type: DocPageType;
  /** The page's address without the site's base URL, e.g. `/es/curricula/worker-owner-foundations`. */
  readonly url: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** The MDX body, after the front matter. */
  readonly body: string;
}

const SOURCES: Record<SearchLanguage, string> = {
  en: 'docs',
  es: 'i18n/es/docusaurus-plugin-content-docs/current',
};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/**
 * Every doc page written in `language`. A page that is not translated is left out of the Spanish
 * list: its text is English, and English search already finds it.
 */
export function listDocPages(root: string, language: SearchLanguage, defaultLanguage: SearchLanguage = 'en'): DocPage[] {
  const folder = path.join(root, SOURCES[language]);
  if (!fs.existsSync(folder)) return [];
  const files = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const localePrefix = language === defaultLanguage ? '' : `/${language}`;
  return files.map((relative) => {
    const text = fs.readFileSync(path.join(folder, relative), 'utf8');
    const match = FRONT_MATTER.exec(text);
    const frontMatter = (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>;
    const docId = docIdOf(relative);
    return {
      file: `${SOURCES[language]}/${relative}`,
      docId,
      language,
      type: pageType(docId),
      url: `${localePrefix}${docUrl(docId, frontMatter.slug)}`,
      frontMatter,
      body: match ? text.slice(match[0].length) : text,
    };
  });
}

/** The address of a doc with `routeBasePath: '/'`: a slug wins, an index page takes its folder's address, with a closing slash. */
export function docUrl(docId: string, slug: unknown): string {
  const folder = docId.includes('/') ? docId.slice(0, docId.lastIndexOf('/')) : '';
  if (typeof slug === 'string') return slug.startsWith('/') ? slug : `/${folder ? `${folder}/` : ''}${slug}`;
  if (docId === 'index') return '/';
  if (docId.endsWith('/index')) return `/${folder}/`;
  return `/${docId}`;
}

function pageType(docId: string): DocPageType {
  const parts = docId.split('/');
  if (parts[0] === 'curricula') return parts.length === 3 && parts[2] !== 'index' ? 'lesson' : 'curriculum';
  if (parts[0] === 'tools') return 'tool';
  return 'guide';
}
