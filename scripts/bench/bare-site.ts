/**
 * Writes a bare Docusaurus site (classic preset, no plugins of ours) with a given number of Markdown
 * pages and the same locales, to compare this site's build against. `faster` turns on the same
 * Docusaurus Faster flags as this site's config, so that the bundler is not what the ratio measures.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeBareSite(dir: string, pageCount: number, locales: readonly string[], faster?: Record<string, boolean>): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-site', private: true }, null, 2));
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = ${JSON.stringify(
      {
        title: 'Bare site',
        url: 'https://example.org',
        baseUrl: '/',
        trailingSlash: false,
        i18n: { defaultLocale: locales[0], locales },
        presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]],
        ...(faster ? { future: { faster } } : {}),
      },
      null,
      2,
    )};\n`,
  );
  for (let index = 0; index < pageCount; index += 1) {
    const name = `page-${String(index).padStart(4, '0')}`;
    const frontMatter = index === 0 ? '---\nslug: /\n---\n' : '';
    const body = `# Page ${index}\n\nA paragraph of text that stands for the content of a page, with a [link](./page-0000.md).\n\n## A section\n\n- one\n- two\n`;
    fs.writeFileSync(path.join(dir, 'docs', `${name}.md`), frontMatter + body);
  }
}
