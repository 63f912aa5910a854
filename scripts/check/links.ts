/**
 * Internal links in pages and in the Markdown of the data: every link to a standard, a domain, a
 * glossary term or a page of the docs must lead somewhere. (The build checks the rendered pages too.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../src/core/model';

const SITE_PAGES = ['/', '/standards', '/checklists', '/checklists/builder', '/glossary', '/assign', '/assignment'];

export function checkLinks(root: string, library: Library, pages: readonly string[]): string[] {
  const targets = new Set<string>([
    ...SITE_PAGES,
    ...library.standards.map((standard) => `/standards/${standard.id}`),
    ...library.domains.map((domain) => `/standards/domains/${domain.id}`),
    ...library.checklists.map((profile) => `/checklists/${profile.id}`),
    ...pages.map((page) => `/${page.replace(/^(docs|i18n\/es\/docusaurus-plugin-content-docs\/current)\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)\d+-/g, '$1').replace(/\/index$/, '')}`),
  ]);
  const terms = new Set(library.glossary.map((term) => term.id));
  const problems: string[] = [];
  const checkText = (file: string, text: string) => {
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!;
        const where = `${file}:${index + 1}:${(match.index ?? 0) + 3}`;
        if (target.startsWith('/')) {
          const [pathname = '', anchor] = target.split('#');
          if (!targets.has(pathname.replace(/\/$/, '') || '/')) problems.push(`${where}  link: "${target}" leads to no page of the site (check the address)`);
          else if (pathname === '/glossary' && anchor && !terms.has(anchor)) problems.push(`${where}  link: "${target}" names no glossary term (use the id of a term in standards/glossary.yaml)`);
        } else if (/^\.{1,2}\//.test(target)) {
          if (!fs.existsSync(path.join(root, path.dirname(file), target.split('#')[0]!))) problems.push(`${where}  link: "${target}" leads to no file (check the file name)`);
        }
      }
    });
  };
  for (const page of pages) checkText(page, fs.readFileSync(path.join(root, page), 'utf8'));
  for (const standard of library.standards) checkText(standard.file, fs.readFileSync(path.join(root, standard.file), 'utf8'));
  return problems;
}
