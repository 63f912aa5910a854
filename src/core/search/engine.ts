/**
 * Searches a local index in the browser (or in Node, for tests and benchmarks). Files are loaded only
 * when a query needs them and kept for the next query. Ranking: a standard's exact ID or a domain's
 * prefix first; then documents that match more of the query's words; then the sum of the words'
 * impacts, weighted by how rare each word is.
 */
import {
  documentShardFile,
  facetFile,
  fromGaps,
  MANIFEST_FILE,
  termShardFile,
  type FacetPostings,
  type IndexManifest,
  type StoredDocument,
  type TermShard,
} from './index-format';
import type { RecordFacet } from './records';
import { SYNONYMS } from './synonyms';
import { fold, idTerm, isStopword, stem, words } from './text';

/** Loads one file of the index by name and returns its parsed JSON. */
export type LoadIndexFile = (name: string) => Promise<unknown>;

export type FacetFilters = Partial<Record<RecordFacet, readonly string[]>>;

export interface SearchOptions {
  filters?: FacetFilters;
  /** True while the reader is still typing the last word: it also matches words that start with it. */
  typing?: boolean;
}

export interface RankedDocument {
  readonly document: number;
  /** How many of the query's words the document holds (all of them for an exact ID). */
  readonly matched: number;
  readonly score: number;
}

export interface FoundDocument {
  readonly title: string;
  readonly breadcrumb: string;
  readonly url: string;
  readonly excerpt: string;
  readonly type: StoredDocument[4];
}

// How much a word that only resembles the query's word counts, against an exact match.
const SHORTER_STEM = 0.8;
const LONGER_STEM = 0.9;
const SYNONYM = 0.7;
const PREFIX = 0.5;
const MAX_PREFIX_TERMS = 50;

export class LocalSearchIndex {
  private readonly cache = new Map<string, Promise<unknown>>();

  private constructor(
    readonly manifest: IndexManifest,
    private readonly load: LoadIndexFile,
  ) {}

  static async open(load: LoadIndexFile): Promise<LocalSearchIndex> {
    const manifest = (await load(MANIFEST_FILE)) as IndexManifest;
    return new LocalSearchIndex(manifest, load);
  }

  /** Every matching document, best first. */
  async search(query: string, options: SearchOptions = {}): Promise<RankedDocument[]> {
    const language = this.manifest.language;
    const code = this.codeMatch(query);
    const all = words(query).filter((word) => word.length >= 2);
    const meaningful = all.filter((word) => !isStopword(word, language));
    const tokens = meaningful.length > 0 ? meaningful : all;
    const typingLast = options.typing === true && !/\s$/.test(query);

    const perToken = await Promise.all(tokens.map((word, index) => this.matchToken(word, typingLast && index === tokens.length - 1)));
    // A word counts as much as it is rare; a word the index does not hold at all counts for nothing,
    // so a stray word does not hide the pages that hold all the others.
    const totalWeight = perToken.reduce((sum, token) => sum + token.rarity, 0);
    const scores = new Map<number, { score: number; matched: number; weight: number }>();
    for (const token of perToken) {
      for (const [document, score] of token.documents) {
        const entry = scores.get(document) ?? { score: 0, matched: 0, weight: 0 };
        entry.score += score;
        entry.matched += 1;
        entry.weight += token.rarity;
        scores.set(document, entry);
      }
    }
    let ranked = [...scores]
      .map(([document, { score, matched, weight }]) => ({ document, matched, score: score * (weight / totalWeight) ** 2 }))
      .sort((a, b) => b.score - a.score || a.document - b.document);
    if (code !== undefined) ranked = [{ document: code, matched: tokens.length, score: Number.POSITIVE_INFINITY }, ...ranked.filter((item) => item.document !== code)];
    return this.filter(ranked, options.filters);
  }

  /** The stored text of some documents, in the order asked. */
  async documents(documents: readonly number[]): Promise<FoundDocument[]> {
    const size = this.manifest.documentsPerShard;
    const shards = await Promise.all(documents.map((document) => this.file<StoredDocument[]>(documentShardFile(this.manifest.hash, Math.floor(document / size)))));
    return documents.map((document, index) => {
      const [title, breadcrumb, url, excerpt, type] = shards[index]![document % size]!;
      return { title, breadcrumb, url, excerpt, type };
    });
  }

  /** The documents of `ranked` that pass the filters: any value within a facet, every facet. */
  async filter(ranked: readonly RankedDocument[], filters: FacetFilters | undefined): Promise<RankedDocument[]> {
    const allowed = await this.allowedDocuments(filters);
    return allowed ? ranked.filter((item) => allowed.has(item.document)) : [...ranked];
  }

  /**
   * How many of `ranked` (the results before filtering) carry each value of each facet, counting
   * under every filter except the facet's own, so that a reader can add a second value to a facet.
   */
  async facetCounts(ranked: readonly RankedDocument[], filters: FacetFilters = {}): Promise<Partial<Record<RecordFacet, Record<string, number>>>> {
    const postings = await this.file<FacetPostings>(facetFile(this.manifest.hash));
    const counts: Partial<Record<RecordFacet, Record<string, number>>> = {};
    for (const [facet, values] of Object.entries(this.manifest.facets) as Array<[RecordFacet, string[]]>) {
      const others = Object.fromEntries(Object.entries(filters).filter(([other]) => other !== facet));
      const present = new Set((await this.filter(ranked, others)).map((item) => item.document));
      counts[facet] = Object.fromEntries(values.map((value) => [value, fromGaps(postings[`${facet}:${value}`] ?? []).filter((document) => present.has(document)).length]));
    }
    return counts;
  }

  /** Loads every file of the index, so that search keeps working when the network goes away. */
  async loadEverything(): Promise<void> {
    const { hash, shards, documents, documentsPerShard } = this.manifest;
    const names = [
      ...shards.map((_, index) => termShardFile(hash, index)),
      ...Array.from({ length: Math.ceil(documents / documentsPerShard) }, (_, index) => documentShardFile(hash, index)),
      facetFile(hash),
    ];
    await Promise.all(names.map((name) => this.file(name)));
  }

  private codeMatch(query: string): number | undefined {
    const key = idTerm(query) ?? (/^\s*[a-z]{2,5}\s*$/i.test(query) ? fold(query.trim()) : undefined);
    return key === undefined ? undefined : this.manifest.codes[key];
  }

  /**
   * The documents that contain a word (or a close form of it), each with its best score, and how rare
   * the word is (the highest rarity among its forms; zero when the index holds none of them).
   */
  private async matchToken(word: string, typing: boolean): Promise<{ documents: Map<number, number>; rarity: number }> {
    const language = this.manifest.language;
    const stemmed = stem(word, language);
    const exact = new Map<string, number>([[stemmed, 1]]);
    const inlineCode = idTerm(word);
    if (inlineCode) exact.set(inlineCode, 1);
    if (stemmed.length >= 5) exact.set(stemmed.slice(0, -1), SHORTER_STEM);
    for (const synonym of SYNONYMS[language][word] ?? []) if (!exact.has(stem(synonym, language))) exact.set(stem(synonym, language), SYNONYM);
    const prefixes: Array<[prefix: string, weight: number, maxExtra: number]> = stemmed.length >= 4 ? [[stemmed, LONGER_STEM, 2]] : [];
    if (typing) prefixes.push([stemmed, PREFIX, Number.POSITIVE_INFINITY], [word, PREFIX, Number.POSITIVE_INFINITY]);

    const weights = new Map<string, number>();
    const consider = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    for (const [term, weight] of exact) {
      const shard = await this.shardFor(term);
      if (shard[term]) consider(term, weight);
    }
    for (const [prefix, weight, maxExtra] of prefixes) {
      if (prefix.length < 2) continue;
      let found = 0;
      for (const shard of await this.shardsFor(prefix)) {
        for (const term of Object.keys(shard)) {
          if (found >= MAX_PREFIX_TERMS) break;
          if (term.startsWith(prefix) && term.length - prefix.length <= maxExtra && term !== prefix) {
            consider(term, weight);
            found += 1;
          }
        }
      }
    }

    const best = new Map<number, number>();
    const total = this.manifest.documents;
    let tokenRarity = 0;
    for (const [term, weight] of weights) {
      const postings = (await this.shardFor(term))[term]!;
      const frequency = postings.length / 2;
      const rarity = Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
      tokenRarity = Math.max(tokenRarity, weight * rarity);
      let document = 0;
      for (let index = 0; index < postings.length; index += 2) {
        document += postings[index]!;
        const score = weight * rarity * postings[index + 1]!;
        if (score > (best.get(document) ?? 0)) best.set(document, score);
      }
    }
    return { documents: best, rarity: tokenRarity };
  }

  private async allowedDocuments(filters: FacetFilters | undefined): Promise<Set<number> | undefined> {
    const active = Object.entries(filters ?? {}).filter(([, values]) => values && values.length > 0) as Array<[RecordFacet, string[]]>;
    if (active.length === 0) return undefined;
    const postings = await this.file<FacetPostings>(facetFile(this.manifest.hash));
    let allowed: Set<number> | undefined;
    for (const [facet, values] of active) {
      const any = new Set(values.flatMap((value) => fromGaps(postings[`${facet}:${value}`] ?? [])));
      allowed = allowed ? new Set([...allowed].filter((document) => any.has(document))) : any;
    }
    return allowed;
  }

  private shardIndex(term: string): number {
    const { shards } = this.manifest;
    let low = 0;
    let high = shards.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (shards[middle]! <= term) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private shardFor(term: string): Promise<TermShard> {
    return this.file<TermShard>(termShardFile(this.manifest.hash, this.shardIndex(term)));
  }

  /** The shards that may hold a term starting with `prefix`. */
  private shardsFor(prefix: string): Promise<TermShard[]> {
    const first = this.shardIndex(prefix);
    const last = this.shardIndex(`${prefix}\uffff`);
    return Promise.all(Array.from({ length: last - first + 1 }, (_, offset) => this.file<TermShard>(termShardFile(this.manifest.hash, first + offset))));
  }

  private file<T>(name: string): Promise<T> {
    let pending = this.cache.get(name);
    if (!pending) {
      pending = this.load(name).catch((error: unknown) => {
        this.cache.delete(name);
        throw error;
      });
      this.cache.set(name, pending);
    }
    return pending as Promise<T>;
  }
}
