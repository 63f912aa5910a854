/**
 * The hosted option from the site's side: with a public search key configured, the search box asks
 * Algolia (here a local server that records what it gets) and shows its hits like local ones; the
 * admin key is never part of the site's configuration.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAlgoliaClient } from '../../src/components/search/algolia-client';

const requests: Array<{ path: string; headers: http.IncomingHttpHeaders; body: { requests: Array<Record<string, unknown>> } }> = [];
let server: http.Server;
let port = 0;

const HIT = {
  url: 'https://coops.example.org/es/standards/FIN-01',
  hierarchy: { lvl0: 'Estándares', lvl1: 'Finanzas y capital', lvl2: 'FIN-01 Una política de patrocinio por escrito', lvl3: null },
  content: 'La cooperativa tiene una política de patrocinio.',
  record_type: ['standard'],
  language: 'es',
  _snippetResult: { content: { value: 'La cooperativa tiene una política de <em>patrocinio</em>.' } },
};

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ path: new URL(request.url ?? '/', 'http://local.invalid').pathname, headers: request.headers, body: JSON.parse(text || '{}') });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ results: [{ nbHits: 1, hits: [HIT], facets: { record_type: { standard: 1 }, domain: { finance: 1 } } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('search through Algolia', () => {
  it('sends the query with the language and facets as filters, using the search key', async () => {
    const client = createAlgoliaClient(
      { appId: 'APP', searchKey: 'public-search-key', indexName: 'library' },
      { hosts: [{ url: '127.0.0.1', port, accept: 'read', protocol: 'http' }] },
    );
    expect(client.engine).toBe('algolia');
    const response = await client.search({
      query: 'patrocinio',
      languages: ['es'],
      filters: { type: ['standard'], domain: ['finance', 'governance'] },
      limit: 5,
      withFacets: true,
    });

    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers['x-algolia-api-key']).toBe('public-search-key');
    expect(requests[0]!.headers['x-algolia-application-id']).toBe('APP');
    const sent = requests[0]!.body.requests[0]!;
    expect(sent).toMatchObject({ indexName: 'library', query: 'patrocinio', hitsPerPage: 5 });
    expect(sent.facetFilters).toEqual([['language:es'], ['record_type:standard'], ['domain:finance', 'domain:governance']]);

    expect(response.total).toBe(1);
    expect(response.hits).toMatchObject([
      {
        title: 'FIN-01 Una política de patrocinio por escrito',
        breadcrumb: 'Estándares › Finanzas y capital',
        url: '/es/standards/FIN-01',
        excerpt: 'La cooperativa tiene una política de patrocinio.',
        type: 'standard',
        language: 'es',
        titleParts: [
          { text: 'FIN-01 Una política de ', match: false },
          { text: 'patrocinio', match: true },
          { text: ' por escrito', match: false },
        ],
      },
    ]);
    expect(response.facets).toEqual({ type: { standard: 1 }, domain: { finance: 1 } });
  });
});

describe('the site configuration', () => {
  it('uses Algolia only with a public search key, and never carries the admin key', async () => {
    vi.stubEnv('ALGOLIA_APP_ID', 'APP');
    vi.stubEnv('ALGOLIA_SEARCH_KEY', 'public-search-key');
    vi.stubEnv('ALGOLIA_ADMIN_KEY', 'admin-secret-9c1e');
    vi.resetModules();
    const { default: config } = await import('../../docusaurus.config');
    vi.unstubAllEnvs();
    const plugins = (config.plugins ?? []) as unknown[];
    const search = plugins.find((plugin) => Array.isArray(plugin) && (plugin[1] as { algolia?: unknown })?.algolia) as [unknown, { algolia: unknown }] | undefined;
    expect(search?.[1].algolia).toEqual({ appId: 'APP', searchKey: 'public-search-key', indexName: 'worker-coop-library' });
    expect(JSON.stringify(config)).not.toContain('admin-secret-9c1e');
  });

  it('refuses to build when the search key is the admin key, without printing the key', async () => {
    vi.stubEnv('ALGOLIA_APP_ID', 'APP');
    vi.stubEnv('ALGOLIA_SEARCH_KEY', 'admin-secret-9c1e');
    vi.stubEnv('ALGOLIA_ADMIN_KEY', 'admin-secret-9c1e');
    vi.resetModules();
    const loading = import('../../docusaurus.config');
    await expect(loading).rejects.toThrow('ALGOLIA_SEARCH_KEY is the same as ALGOLIA_ADMIN_KEY, so the build stopped.');
    await expect(loading).rejects.not.toThrow('admin-secret-9c1e');
    vi.unstubAllEnvs();
  });
});
