/**
 * `npm run search:records`: builds the search records of every language of the library and prints
 * how many there are of each type and the size of the largest one.
 * Usage: tsx scripts/search-records.ts [--root <folder>] [--out <file.json>]
 * With `--out`, the records are written as JSON, sorted by objectID, so two runs give the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibraryOrThrow } from '../src/core/load';
import { buildSearchRecords } from '../src/core/registry';
import { RECORD_TYPES, type SearchRecord } from '../src/core/search/records';
import type { SearchLanguage } from '../src/core/search/text';

/** The search records of every language of the library under `root`, source language first. */
export function collectSearchRecords(root: string): SearchRecord[] {
  const library = loadLibraryOrThrow(root);
  const languages: readonly SearchLanguage[] = library.meta.languages;
  const sourceLanguage = languages[0];
  return languages.flatMap((language) =>
    buildSearchRecords(library, {
      language,
      baseUrl: language === sourceLanguage ? '/' : `/${language}/`,
    }),
  );
}

/** Records in objectID order (by code point, the same on every machine). */
export function sortByObjectId<T extends { objectID: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.objectID < b.objectID ? -1 : a.objectID > b.objectID ? 1 : 0));
}

export interface CountedRecord {
  language: string;
  type: string;
  objectID: string;
}

/** Lines saying how many records there are per language and type, and which one is the largest. */
export function describeRecords(records: readonly CountedRecord[], bytesOf: (index: number) => number): string[] {
  const byLanguage = new Map<string, Map<string, number>>();
  for (const { language, type } of records) {
    const types = byLanguage.get(language) ?? new Map<string, number>();
    types.set(type, (types.get(type) ?? 0) + 1);
    byLanguage.set(language, types);
  }
  const order = (type: string) => {
    const index = (RECORD_TYPES as readonly string[]).indexOf(type);
    return index === -1 ? RECORD_TYPES.length : index;
  };
  const lines = [`Records: ${records.length}`];
  for (const [language, types] of byLanguage) {
    const total = [...types.values()].reduce((sum, count) => sum + count, 0);
    const parts = [...types].sort(([a], [b]) => order(a) - order(b)).map(([type, count]) => `${type} ${count}`);
    lines.push(`  ${language}: ${total} (${parts.join(', ')})`);
  }
  let largest = -1;
  records.forEach((_, index) => {
    if (largest === -1 || bytesOf(index) > bytesOf(largest)) largest = index;
  });
  if (largest !== -1) lines.push(`Largest record: ${bytesOf(largest)} bytes (${records[largest]!.objectID})`);
  return lines;
}

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

export function main(argv: readonly string[]): number {
  const root = path.resolve(option(argv, '--root') ?? process.cwd());
  const out = option(argv, '--out');
  if (argv.includes('--out') && !out) {
    console.error('✖ --out needs a file name, e.g. --out search-records.json');
    return 1;
  }
  const records = collectSearchRecords(root);
  const sizes = records.map((record) => Buffer.byteLength(JSON.stringify(record)));
  for (const line of describeRecords(records, (index) => sizes[index]!)) console.log(line);
  if (out) {
    const file = path.resolve(out);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(sortByObjectId(records), null, 2)}\n`);
    console.log(`Wrote ${records.length} records to ${out}`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`✖ Could not build the search records: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
