import { describe, expect, it } from 'vitest';
import { LocalSearchIndex } from './engine';
import { buildSearchIndex } from './index-builder';
import type { SearchRecord } from './records';

function record(objectID: string, fields: Partial<SearchRecord>): SearchRecord {
  return {
    objectID,
    type: 'guide',
    language: 'en',
    version: '1.0.0',
    title: '',
    hierarchy: ['Guides'],
    heading: '',
    content: '',
    path: `/${objectID}`,
    anchor: '',
    facets: { type: [fields.type ?? 'guide'] },
    ...fields,
  };
}

const RECORDS: SearchRecord[] = [
  record('meetings', {
    title: 'Regular general meetings',
    code: 'GOV-03',
    type: 'standard',
    content: 'Members meet at least once a year.',
    facets: { type: ['standard'], domain: ['governance'], level: ['core'] },
  }),
  record('body', { title: 'Keeping records', content: 'Minutes of meetings, meetings and more meetings are kept for years.', facets: { type: ['guide'], domain: ['governance'] } }),
  record('patronage', {
    title: 'Patronage policy',
    code: 'FIN-01',
    type: 'standard',
    content: 'Patronage is paid by hours worked.',
    facets: { type: ['standard'], domain: ['finance'], level: ['core'] },
  }),
  record('reserve', { title: 'Collective reserve', type: 'glossary', content: 'Money the co-op keeps and no member owns.', facets: { type: ['glossary'], domain: ['finance'] } }),
  record('feasibility', { title: 'Feasibility study', type: 'lesson', content: 'Test the market before you spend.', facets: { type: ['lesson'], level: ['advanced'] } }),
  ...Array.from({ length: 40 }, (_, index) => record(`filler-${index}`, { title: `Other page ${index}`, content: `Plain text number ${index} about work and pay.` })),
];

/** An index in memory that records which files each search loads. */
async function openIndex(options: { shardBytes?: number } = {}) {
  const built = buildSearchIndex(RECORDS, { language: 'en', version: '1.0.0', shardBytes: options.shardBytes ?? 300, documentsPerShard: 8 });
  const files = new Map(built.files.map((file) => [file.name, file.content]));
  const loaded: string[] = [];
  const index = await LocalSearchIndex.open(async (name) => {
    loaded.push(name);
    if (!files.has(name)) throw new Error(`no file ${name}`);
    return JSON.parse(files.get(name)!);
  });
  return { index, loaded, built };
}

const urls = async (index: LocalSearchIndex, query: string, options = {}) => {
  const { top } = await index.search(query, options);
  return (await index.documents(top.map((item) => item.document))).map((document) => document.url);
};

describe('the local search engine', () => {
  it('puts the standard whose ID is typed first, in any of its forms', async () => {
    const { index } = await openIndex();
    for (const query of ['GOV-03', 'gov03', 'gov 3']) expect((await urls(index, query))[0]).toBe('/meetings');
    expect((await urls(index, 'fin-1'))[0]).toBe('/patronage');
  });

  it('ranks a word in a title above the same word repeated in a text', async () => {
    const { index } = await openIndex();
    expect((await urls(index, 'meetings')).slice(0, 2)).toEqual(['/meetings', '/body']);
  });

  it('ranks the pages that hold every word first', async () => {
    const { index } = await openIndex();
    expect((await urls(index, 'patronage hours'))[0]).toBe('/patronage');
    expect((await urls(index, 'collective reserve money'))[0]).toBe('/reserve');
  });

  it('matches the start of the last word while the reader types', async () => {
    const { index } = await openIndex();
    expect(await urls(index, 'feas')).toEqual([]);
    expect(await urls(index, 'feas', { typing: true })).toEqual(['/feasibility']);
  });

  it('filters by facets: any value within a facet, every facet together', async () => {
    const { index } = await openIndex();
    expect(await urls(index, 'patronage meetings', { filters: { domain: ['finance'] } })).toEqual(['/patronage']);
    expect((await urls(index, 'meetings', { filters: { type: ['standard', 'guide'], domain: ['governance'] } })).sort()).toEqual(['/body', '/meetings']);
    expect(await urls(index, 'meetings', { filters: { type: ['standard'], level: ['advanced'] } })).toEqual([]);
  });

  it('counts results per facet value under the other facets’ filters', async () => {
    const { index } = await openIndex();
    const result = await index.search('meetings patronage', { filters: { type: ['standard'] } });
    expect(result.total).toBe(2);
    const counts = await index.facetCounts(result, { type: ['standard'] });
    expect(counts.type).toMatchObject({ standard: 2, guide: 1 });
    expect(counts.domain).toMatchObject({ governance: 1, finance: 1 });
  });

  it('loads only the manifest, the shards of the query’s terms and the shard of the first result', async () => {
    const { index, loaded, built } = await openIndex();
    expect(built.manifest.shards.length).toBeGreaterThan(3);
    loaded.length = 0;
    const [first] = (await index.search('reserve')).top;
    await index.documents([first!.document]);
    expect(loaded.filter((name) => name.startsWith('terms-'))).toHaveLength(1);
    expect(loaded.filter((name) => name.startsWith('docs-'))).toHaveLength(1);
    const total = built.files.length;
    expect(loaded.length).toBeLessThan(total / 3);
  });

  it('loads every file on request, after which it needs no more', async () => {
    const { index, loaded, built } = await openIndex();
    await index.loadEverything();
    expect(new Set(loaded).size).toBe(built.files.length);
    loaded.length = 0;
    await index.documents((await index.search('work pay')).top.map((item) => item.document));
    expect(loaded).toEqual([]);
  });

  it('ranks only as many documents as asked, and counts them all', async () => {
    const { index } = await openIndex();
    const all = await index.search('work pay', { limit: 100 });
    const some = await index.search('work pay', { limit: 5 });
    // The 40 filler pages, and the patronage standard ("hours worked").
    expect(all.total).toBe(41);
    expect(some.total).toBe(41);
    expect(some.top).toEqual(all.top.slice(0, 5));
    expect(new Set(all.top.map((item) => item.document)).size).toBe(41);
  });

  it('builds the same files from the same records', () => {
    const first = buildSearchIndex(RECORDS, { language: 'en', version: '1.0.0' });
    const second = buildSearchIndex([...RECORDS], { language: 'en', version: '1.0.0' });
    expect(second.files).toEqual(first.files);
    expect(first.manifest.hash).toMatch(/^[0-9a-f]{10}$/);
  });
});
