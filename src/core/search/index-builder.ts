/**
 * Builds the local search index from search records. Each term's postings hold a precomputed
 * impact: a BM25 score over the fields of the record, where a word in the title counts far more than
 * a word in the text. A query only adds impacts up, so it needs no statistics beyond the postings.
 */
import { createHash } from 'node:crypto';
import { documentShardFile, facetFile, INDEX_FORMAT, MANIFEST_FILE, termShardFile, toGaps, type IndexManifest, type StoredDocument } from './index-format';
import { RECORD_FACETS, recordUrl, type RecordFacet, type SearchRecord } from './records';
import { fold, idTerm, terms, type SearchLanguage } from './text';

export interface IndexFile {
  readonly name: string;
  readonly content: string;
}

export interface BuiltIndex {
  readonly manifest: IndexManifest;
  /** Every file, the manifest last. */
  readonly files: readonly IndexFile[];
}

export interface BuildOptions {
  language: SearchLanguage;
  version: string;
  /** The order of each facet's values; values not listed come after, sorted. */
  facetOrder?: Partial<Record<RecordFacet, readonly string[]>>;
  /** The raw size a term shard grows to before a new one starts. */
  shardBytes?: number;
  documentsPerShard?: number;
}

/** How much a word counts in each field. A title word outweighs any number of text words. */
const FIELD_WEIGHTS = { code: 10, title: 6, heading: 3, context: 0.5, content: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const K1 = 1.2;
const B = 0.75;
const EXCERPT_LENGTH = 220;

export function buildSearchIndex(records: readonly SearchRecord[], options: BuildOptions): BuiltIndex {
  const { language } = options;
  const fieldTerms = records.map((record) => fieldsOf(record, language));
  const averages = averageLengths(fieldTerms);
  const postings = new Map<string, number[]>();
  fieldTerms.forEach((fields, document) => {
    for (const [term, impact] of impacts(fields, averages, records[document]!.boost ?? 1)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(document, impact);
    }
  });

  const termShards = packTermShards(postings, options.shardBytes ?? 16_000);
  const perShard = options.documentsPerShard ?? 16;
  const documentShards: StoredDocument[][] = [];
  records.forEach((record, index) => (documentShards[Math.floor(index / perShard)] ??= []).push(storedDocument(record)));
  const facetContent = JSON.stringify(facetPostings(records));
  const termContents = termShards.map((shard) => JSON.stringify(Object.fromEntries(shard.map(([term, list]) => [term, postingGaps(list)]))));
  const documentContents = documentShards.map((shard) => JSON.stringify(shard));

  const hash = createHash('sha256')
    .update([...termContents, ...documentContents, facetContent].join('\n'))
    .digest('hex')
    .slice(0, 10);
  const files: IndexFile[] = [
    ...termContents.map((content, index) => ({ name: termShardFile(hash, index), content })),
    ...documentContents.map((content, index) => ({ name: documentShardFile(hash, index), content })),
    { name: facetFile(hash), content: facetContent },
  ];
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    language,
    version: options.version,
    documents: records.length,
    hash,
    shards: termShards.map((shard) => shard[0]![0]),
    documentsPerShard: perShard,
    codes: codesOf(records),
    facets: facetValues(records, options.facetOrder ?? {}),
    bytes: files.reduce((total, file) => total + Buffer.byteLength(file.content), 0),
  };
  return { manifest, files: [...files, { name: MANIFEST_FILE, content: JSON.stringify(manifest) }] };
}

function fieldsOf(record: SearchRecord, language: SearchLanguage): Record<Field, string[]> {
  const code = record.code ? [idTerm(record.code) ?? fold(record.code)] : [];
  // A section's own heading is its title; the page's title only places it, like the parts above it.
  const context = record.hierarchy.slice(1, -1).filter((part) => part !== record.heading);
  return {
    code,
    title: record.heading ? [] : terms(record.title, language),
    heading: terms(record.heading, language),
    context: terms([...context, record.heading ? record.title : ''].join(' '), language),
    content: terms(record.content, language),
  };
}

function averageLengths(all: ReadonlyArray<Record<Field, string[]>>): Record<Field, number> {
  const fields = Object.keys(FIELD_WEIGHTS) as Field[];
  return Object.fromEntries(fields.map((field) => [field, Math.max(1, all.reduce((sum, fields) => sum + fields[field].length, 0) / Math.max(1, all.length))])) as Record<
    Field,
    number
  >;
}

/** Each term of a record with its impact, a whole number from 1 up (tenths of a BM25F score). */
function impacts(fields: Record<Field, string[]>, averages: Record<Field, number>, boost: number): Map<string, number> {
  const scores = new Map<string, number>();
  for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
    const list = fields[field];
    const counts = new Map<string, number>();
    for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
    const norm = 1 - B + (B * list.length) / averages[field];
    for (const [term, count] of counts) {
      const score = (FIELD_WEIGHTS[field] * (count * (K1 + 1))) / (count + K1 * norm);
      scores.set(term, (scores.get(term) ?? 0) + score);
    }
  }
  return new Map([...scores].map(([term, score]) => [term, Math.max(1, Math.round(score * boost * 10))]));
}

/** Terms in order, cut into shards of about `limit` bytes; a term never spans two shards. */
function packTermShards(postings: ReadonlyMap<string, number[]>, limit: number): Array<Array<[string, number[]]>> {
  const shards: Array<Array<[string, number[]]>> = [];
  let current: Array<[string, number[]]> = [];
  let size = 0;
  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term)!;
    const entrySize = term.length + 6 + list.length * 3;
    if (current.length > 0 && size + entrySize > limit) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push([term, list]);
    size += entrySize;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/** `[document, impact, ...]` with the documents as gaps. */
function postingGaps(list: readonly number[]): number[] {
  const out: number[] = [];
  let previous = 0;
  for (let index = 0; index < list.length; index += 2) {
    out.push(list[index]! - previous, list[index + 1]!);
    previous = list[index]!;
  }
  return out;
}

function storedDocument(record: SearchRecord): StoredDocument {
  const title = record.heading || (record.code && record.type === 'standard' ? `${record.code} ${record.title}` : record.title);
  const breadcrumb = record.hierarchy.slice(0, -1).join(' › ');
  const text = record.content.replace(/\s+/g, ' ').trim();
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, text.lastIndexOf(' ', EXCERPT_LENGTH) > 0 ? text.lastIndexOf(' ', EXCERPT_LENGTH) : EXCERPT_LENGTH)}…` : text;
  return [title, breadcrumb, recordUrl(record), excerpt, record.type];
}

function facetPostings(records: readonly SearchRecord[]): Record<string, number[]> {
  const lists = new Map<string, number[]>();
  records.forEach((record, document) => {
    for (const facet of RECORD_FACETS) {
      for (const value of record.facets[facet] ?? []) {
        const key = `${facet}:${value}`;
        let list = lists.get(key);
        if (!list) lists.set(key, (list = []));
        list.push(document);
      }
    }
  });
  return Object.fromEntries([...lists.keys()].sort().map((key) => [key, toGaps(lists.get(key)!)]));
}

function facetValues(records: readonly SearchRecord[], order: Partial<Record<RecordFacet, readonly string[]>>): Partial<Record<RecordFacet, string[]>> {
  const result: Partial<Record<RecordFacet, string[]>> = {};
  for (const facet of RECORD_FACETS) {
    const present = new Set(records.flatMap((record) => record.facets[facet] ?? []));
    if (present.size === 0) continue;
    const known = (order[facet] ?? []).filter((value) => present.has(value));
    const rest = [...present].filter((value) => !known.includes(value)).sort();
    result[facet] = [...known, ...rest];
  }
  return result;
}

function codesOf(records: readonly SearchRecord[]): Record<string, number> {
  const codes: Record<string, number> = {};
  records.forEach((record, document) => {
    if (!record.code) return;
    const key = idTerm(record.code) ?? fold(record.code);
    if (codes[key] === undefined) codes[key] = document;
  });
  return Object.fromEntries(
    Object.keys(codes)
      .sort()
      .map((key) => [key, codes[key]!]),
  );
}
