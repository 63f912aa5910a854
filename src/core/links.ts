/**
 * Internal links in pages and in the Markdown of the standards: every link to a standard, a domain, a
 * checklist, a glossary term or a page of the docs must lead somewhere. (The build also checks the
 * links of the rendered pages.)
 */
import type { ContentError } from './errors';
import type { Library } from './model';

const SITE_PAGES = ['/', '/standards', '/checklists', '/checklists/builder', '/glossary', '/assign', '/assignment', '/releases'];

/** The address of a doc page from its file: docs/curricula/x/01-y.mdx gives /curricula/x/y. */
function pagePath(file: string): string {
  const relative = file.replace(/^(docs|i18n\/[a-z]{2}\/docusaurus-plugin-content-docs\/current)\//, '').replace(/\.mdx?$/, '');
  return `/${relative.replace(/(^|\/)\d+-/g, '$1').replace(/(^|\/)index$/, '')}`;
}

export interface LinkSource {
  file: string;
  text: string;
  /** Whether a relative link of this source leads to a file. */
  exists: (relativeTarget: string) => boolean;
}

export function checkInternalLinks(library: Library, pages: readonly string[], sources: readonly LinkSource[]): ContentError[] {
  const targets = new Set<string>([
    ...SITE_PAGES,
    ...library.standards.map((standard) => `/standards/${standard.id}`),
    ...library.domains.map((domain) => `/standards/domains/${domain.id}`),
    ...library.checklists.map((profile) => `/checklists/${profile.id}`),
    ...library.snapshots.flatMap((snapshot) => [`/releases/${snapshot.version}`, `/standards/${snapshot.version}`, ...snapshot.standards.map((standard) => `/standards/${snapshot.version}/${standard.id}`)]),
    ...pages.map(pagePath),
  ]);
  const terms = new Set(library.glossary.map((term) => term.id));
  const errors: ContentError[] = [];
  for (const { file, text, exists } of sources) {
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!;
        const at = (message: string, fix: string) =>
          errors.push({ file, position: { line: index + 1, column: (match.index ?? 0) + 3 }, field: 'link', message, fix });
        if (target.startsWith('/')) {
          const [pathname = '', anchor] = target.split('#');
          const page = pathname.replace(/\/$/, '') || '/';
          if (!targets.has(page)) at(`"${target}" leads to no page of the site`, 'check the address');
          else if (page === '/glossary' && anchor && !terms.has(anchor)) at(`"${target}" names no glossary term`, 'use the id of a term in standards/glossary.yaml');
        } else if (/^\.{1,2}\//.test(target) && !exists(target.split('#')[0]!)) {
          at(`"${target}" leads to no file`, 'check the file name');
        }
      }
    });
  }
  return errors;
}
