/**
 * `npm run i18n:stamp -- <translation files>`: after you have brought a translation up to date with the
 * English, records the fingerprint of the current English text in its source_hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { toolDataSourceHash } from '../src/core/tool-data';
import { domainSourceHash, standardSourceHash } from '../src/core/translation-hash';

function stamp(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const match = /^(standards|tool-data)\/i18n\/[a-z]{2}\/(.+)$/.exec(relative);
  if (!match) throw new Error(`${relative} is not a translation: translations sit in standards/i18n/<language>/ and tool-data/i18n/<language>/`);
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
