/**
 * Searches a local index in the browser (or in Node, for tests and benchmarks). Files are loaded only
 * when a query needs them and kept for the next query. Ranking: a standard's exact ID or a domain's
 * prefix first; then documents that match more of the query's words; then the sum of the words'
 * impacts, weighted by how rare each word is.
 */
import { documentShardFile, facetFile, fromGaps, MANIFEST_FILE, termShardFile, type FacetPostings, type IndexManifest, type StoredDocument, type TermShard } from './index-format';
import type { RecordFacet } from './facets';
import { SYNONYMS } from './synonyms';
import { TopDocuments } from './top-documents';
import { meantQuery, nearness } from './near-words';
import { fold, idTerm, isStopword, stem, words } from './text';

/** Loads one file of the index by name and returns its parsed JSON. */
export type LoadIndexFile = (name: string) => Promise<unknown>;

export type FacetFilters = Partial<Record<RecordFacet, readonly string[]>>;

export interface SearchOptions {
  filters?: FacetFilters;
  /** True while the reader is still typing the last word: it also matches words that start with it. */
  typing?: boolean;
  /** How many of the best documents to rank; 50 unless given. */
  limit?: number;
}

export interface RankedDocument {
  readonly document: number;
  readonly score: number;
}

/** A word of the query that is in no page, and the term of the index searched in its place. */
export interface NearWord {
  readonly word: string;
  readonly term: string;
}

export interface SearchResult {
  /** The query's words that are in no page and were searched as the nearest words the index holds. */
  readonly near: readonly NearWord[];
  /** How many documents match the query and the filters. */
  readonly total: number;
  /** The best `limit` of them, best first: an exact ID, then by score, then in index order. */
  readonly top: readonly RankedDocument[];
  /** Every document that matches the query, before the filters, for counting facet values. */
  readonly matches: readonly number[];
}

export interface FoundDocument {
  readonly title: string;
  readonly breadcrumb: string;
  readonly url: string;
  readonly excerpt: string;
  readonly type: StoredDocument[4];
}

/** The postings of one form of a query word, and how much that form counts. */
interface WordForm {
  readonly postings: readonly number[];
  readonly weight: number;
}

// How much a word that only resembles the query's word counts, against an exact match.
const SHORTER_STEM = 0.8;
const LONGER_STEM = 0.9;
const SYNONYM = 0.7;
const PREFIX = 0.5;
// A term a few edits from a query word that is in no page: counts less the further it is.
const NEAR = 0.6;
const MAX_NEAR_TERMS = 3;
const MAX_PREFIX_TERMS = 50;
const DEFAULT_LIMIT = 50;

export class LocalSearchIndex {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly sortedTerms = new WeakMap<TermShard, string[]>();
  // Scratch space reused by every search: one slot per document.
  private readonly scores: Float64Array;
  private readonly weights: Float64Array;
  private readonly best: Float64Array;

  private constructor(
    readonly manifest: IndexManifest,
    private readonly load: LoadIndexFile,
  ) {
    this.scores = new Float64Array(manifest.documents);
    this.weights = new Float64Array(manifest.documents);
    this.best = new Float64Array(manifest.documents);
  }

  static async open(load: LoadIndexFile): Promise<LocalSearchIndex> {
    const manifest = (await load(MANIFEST_FILE)) as IndexManifest;
    return new LocalSearchIndex(manifest, load);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    const language = this.manifest.language;
    const code = this.codeMatch(query);
    const all = words(query).filter((word) => word.length >= 2);
    const meaningful = all.filter((word) => !isStopword(word, language));
    const tokens = meaningful.length > 0 ? meaningful : all;
    const typingLast = options.typing === true && !/\s$/.test(query);
    const [found, allowed] = await Promise.all([
      Promise.all(tokens.map((word, index) => this.wordForms(word, typingLast && index === tokens.length - 1))),
      this.allowedDocuments(options.filters),
    ]);
    // A word that is in no page, and is not being typed, is searched as the nearest words the index holds.
    const near: NearWord[] = [];
    const forms = await Promise.all(
      found.map(async (word, index) => {
        const token = tokens[index]!;
        if (word.length > 0 || token.length < 4 || idTerm(token) || (typingLast && index === tokens.length - 1)) return word;
        const nearest = await this.nearForms(token);
        if (nearest.length > 0) near.push({ word: token, term: nearest[0]!.term });
        return nearest;
      }),
    );

    const { scores, weights, best } = this;
    const touched: number[] = [];
    let totalWeight = 0;
    for (const word of forms) {
      // A word counts as much as it is rare; a word the index does not hold counts for nothing, so a
      // stray word does not hide the pages that hold all the others.
      const rarity = Math.max(0, ...word.map((form) => form.weight * this.rarity(form.postings)));
      totalWeight += rarity;
      const seen: number[] = [];
      for (const form of word) {
        const factor = form.weight * this.rarity(form.postings);
        const { postings } = form;
        let document = 0;
        for (let index = 0; index < postings.length; index += 2) {
          document += postings[index]!;
          const score = factor * postings[index + 1]!;
          if (best[document] === 0) seen.push(document);
          if (score > best[document]!) best[document] = score;
        }
      }
      for (const document of seen) {
        if (weights[document] === 0 && scores[document] === 0) touched.push(document);
        scores[document] += best[document]!;
        weights[document] += rarity;
        best[document] = 0;
      }
    }

    const limit = options.limit ?? DEFAULT_LIMIT;
    const top = new TopDocuments(limit);
    let total = 0;
    for (const document of touched) {
      const score = scores[document]! * (totalWeight > 0 ? (weights[document]! / totalWeight) ** 2 : 1);
      scores[document] = 0;
      weights[document] = 0;
      if (document === code || (allowed && !allowed.has(document))) continue;
      total += 1;
      top.offer(document, score);
    }
    let ranked = top.sorted();
    const codeAllowed = code !== undefined && (!allowed || allowed.has(code));
    if (codeAllowed) {
      ranked = [{ document: code, score: Number.POSITIVE_INFINITY }, ...ranked].slice(0, limit);
      total += 1;
    }
    const matches = code !== undefined && !touched.includes(code) ? [code, ...touched] : touched;
    return { near, total, top: ranked, matches };
  }

  /** The query as the reader probably meant it (see near-words.ts), from the words of the best results. */
  async suggestion(query: string, result: SearchResult): Promise<string | undefined> {
    if (result.near.length === 0 || result.top.length === 0) return undefined;
    const documents = await this.documents(result.top.slice(0, 5).map((item) => item.document));
    return meantQuery(
      query,
      result.near,
      documents.map((document) => `${document.title} ${document.excerpt}`),
      (word) => stem(fold(word), this.manifest.language),
    );
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

  /**
   * How many matching documents carry each value of each facet, counting under every filter except
   * the facet's own, so that a reader can add a second value to a facet.
   */
  async facetCounts(result: SearchResult, filters: FacetFilters = {}): Promise<Partial<Record<RecordFacet, Record<string, number>>>> {
    const postings = await this.file<FacetPostings>(facetFile(this.manifest.hash));
    const counts: Partial<Record<RecordFacet, Record<string, number>>> = {};
    for (const [facet, values] of Object.entries(this.manifest.facets) as Array<[RecordFacet, string[]]>) {
      const others = await this.allowedDocuments(Object.fromEntries(Object.entries(filters).filter(([other]) => other !== facet)));
      const present = new Set(others ? result.matches.filter((document) => others.has(document)) : result.matches);
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

  /** The forms of a query word the index holds: the word itself, close forms, synonyms, and words it starts. */
  private async wordForms(word: string, typing: boolean): Promise<WordForm[]> {
    const language = this.manifest.language;
    const stemmed = stem(word, language);
    const exact = new Map<string, number>([[stemmed, 1]]);
    const inlineCode = idTerm(word);
    if (inlineCode) exact.set(inlineCode, 1);
    if (stemmed.length >= 5) exact.set(stemmed.slice(0, -1), SHORTER_STEM);
    for (const synonym of SYNONYMS[language][word] ?? []) if (!exact.has(stem(synonym, language))) exact.set(stem(synonym, language), SYNONYM);
    const prefixes: Array<[prefix: string, weight: number, maxExtra: number]> = stemmed.length >= 4 ? [[stemmed, LONGER_STEM, 2]] : [];
    if (typing) prefixes.push([stemmed, PREFIX, Number.POSITIVE_INFINITY], [word, PREFIX, Number.POSITIVE_INFINITY]);

    const [exactShards, prefixShards] = await Promise.all([
      Promise.all([...exact.keys()].map((term) => this.shardFor(term))),
      Promise.all(prefixes.map(([prefix]) => (prefix.length >= 2 ? this.shardsFor(prefix) : Promise.resolve([])))),
    ]);
    const forms = new Map<string, WordForm>();
    const consider = (term: string, postings: readonly number[] | undefined, weight: number) => {
      if (postings && weight > (forms.get(term)?.weight ?? 0)) forms.set(term, { postings, weight });
    };
    [...exact].forEach(([term, weight], index) => consider(term, exactShards[index]![term], weight));
    prefixes.forEach(([prefix, weight, maxExtra], index) => {
      let found = 0;
      for (const shard of prefixShards[index]!) {
        for (const term of this.termsStartingWith(shard, prefix)) {
          if (found >= MAX_PREFIX_TERMS) return;
          if (term !== prefix && term.length - prefix.length <= maxExtra) {
            consider(term, shard[term], weight);
            found += 1;
          }
        }
      }
    });
    return [...forms.values()];
  }

  /** The terms a few edits from a word that is in no page, nearest first, among those that share its first two letters. */
  private async nearForms(word: string): Promise<Array<WordForm & { term: string }>> {
    const stemmed = stem(word, this.manifest.language);
    const start = stemmed.slice(0, 2);
    const candidates: Array<{ term: string; postings: readonly number[]; distance: number }> = [];
    for (const shard of await this.shardsFor(start)) {
      for (const term of this.termsStartingWith(shard, start)) {
        const distance = nearness(term, stemmed, word);
        if (distance !== undefined) candidates.push({ term, postings: shard[term]!, distance });
      }
    }
    const nearest = Math.min(...candidates.map((candidate) => candidate.distance));
    return candidates
      .filter((candidate) => candidate.distance === nearest)
      .sort((a, b) => b.postings.length - a.postings.length || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_NEAR_TERMS)
      .map(({ term, postings, distance }) => ({ term, postings, weight: NEAR / (1 + distance / 2) }));
  }

  /** How rare a term is: the BM25 inverse document frequency of its postings. */
  private rarity(postings: readonly number[]): number {
    const frequency = postings.length / 2;
    return Math.log(1 + (this.manifest.documents - frequency + 0.5) / (frequency + 0.5));
  }

  /** The terms of a shard that start with `prefix`, found by binary search in its sorted terms. */
  private termsStartingWith(shard: TermShard, prefix: string): string[] {
    let sorted = this.sortedTerms.get(shard);
    if (!sorted) this.sortedTerms.set(shard, (sorted = Object.keys(shard).sort()));
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const result: string[] = [];
    for (let index = low; index < sorted.length && sorted[index]!.startsWith(prefix); index += 1) result.push(sorted[index]!);
    return result;
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
