/**
 * `npm run i18n:stamp -- <translation files>`: after you have brought a translation up to date with the
 * English, records the fingerprint of the current English text in its source_hash. A translation is a
 * standard or domain (standards/i18n/<language>/), tool data (tool-data/i18n/<language>/) or a page
 * (i18n/<language>/docusaurus-plugin-content-docs/current/), whose stamp sits in its front matter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { toolDataSourceHash } from '../src/core/tool-data';
import { domainSourceHash, pageSourceHash, standardSourceHash } from '../src/core/translation-hash';

const PAGE = /^i18n\/[a-z]{2}\/docusaurus-plugin-content-docs\/current\/(.+\.mdx?)$/;

/** A page keeps its stamp in its front matter: the line is replaced, or added as the first line. */
function stampPage(relative: string, below: string): string {
  const english = path.join('docs', below);
  if (!fs.existsSync(english)) throw new Error(`${relative} translates ${english}, which does not exist`);
  const hash = pageSourceHash(fs.readFileSync(english, 'utf8'));
  const text = fs.readFileSync(relative, 'utf8');
  const end = text.startsWith('---\n') ? text.indexOf('\n---', 3) : -1;
  if (end < 0) throw new Error(`${relative} has no front matter between --- lines`);
  const frontMatter = text.slice(4, end + 1);
  const line = `source_hash: "${hash}"`;
  const stamped = /^source_hash:.*$/m.test(frontMatter) ? frontMatter.replace(/^source_hash:.*$/m, line) : `${line}\n${frontMatter}`;
  fs.writeFileSync(relative, `---\n${stamped}${text.slice(end + 1)}`);
  return `${relative}: source_hash "${hash}"`;
}

function stamp(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const page = PAGE.exec(relative);
  if (page) return stampPage(relative, page[1]!);
  const match = /^(standards|tool-data)\/i18n\/[a-z]{2}\/(.+)$/.exec(relative);
  if (!match)
    throw new Error(
      `${relative} is not a translation: translations sit in standards/i18n/<language>/, tool-data/i18n/<language>/ and i18n/<language>/docusaurus-plugin-content-docs/current/`,
    );
  const [, folder, below] = match as unknown as [string, 'standards' | 'tool-data', string];
  const english = path.join(folder, below);
  if (!fs.existsSync(english)) throw new Error(`${relative} translates ${english}, which does not exist`);
  const original = parse(fs.readFileSync(english, 'utf8'));
  const hash = folder === 'tool-data' ? toolDataSourceHash(original) : below.startsWith('domains/') ? domainSourceHash(original) : standardSourceHash(original);
  const text = fs.readFileSync(file, 'utf8');
  if (!/^source_hash:.*$/m.test(text)) throw new Error(`${relative} has no source_hash line to update`);
  fs.writeFileSync(file, text.replace(/^source_hash:.*$/m, `source_hash: "${hash}"`));
  return `${relative}: source_hash "${hash}"`;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Name the translation files to stamp, e.g. npm run i18n:stamp -- standards/i18n/es/governance/GOV-01.yaml');
  process.exitCode = 1;
}
for (const file of files) {
  try {
    console.log(stamp(file));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
