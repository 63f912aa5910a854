import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { BATCH_SIZE, pushToAlgolia, type AlgoliaHosts } from '../../scripts/algolia/push';
import { buildAlgoliaRecords, main } from '../../scripts/search-algolia';
import { ALGOLIA_INDEX_SETTINGS, type AlgoliaRecord } from '../../src/core/search/algolia-records';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const APP_ID = 'TESTAPP';
const ADMIN_KEY = 'admin-key-that-must-stay-secret-5f3a';
const INDEX = 'coop-library-test';
const records = buildAlgoliaRecords(PROJECT_ROOT, 'https://coops.example.org');

interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

interface FakeAlgolia {
  hosts: AlgoliaHosts;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

/** A local server that answers like Algolia's REST API and records every request it gets. */
async function startFakeAlgolia({ failBatches = false } = {}): Promise<FakeAlgolia> {
  const requests: RecordedRequest[] = [];
  let nextTaskId = 100;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const text = (request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      const pathname = new URL(request.url ?? '/', 'http://fake.invalid').pathname;
      const method = request.method ?? 'GET';
      requests.push({ method, path: pathname, headers: request.headers, body: text ? JSON.parse(text) : undefined });
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const updatedAt = '2024-01-01T00:00:00.000Z';
      if (method === 'GET' && /^\/1\/indexes\/[^/]+\/task\/\d+$/.test(pathname)) return answer(200, { status: 'published', pendingTask: false });
      if (method === 'PUT' && /^\/1\/indexes\/[^/]+\/settings$/.test(pathname)) return answer(200, { taskID: nextTaskId++, updatedAt });
      if (method === 'POST' && /^\/1\/indexes\/[^/]+\/operation$/.test(pathname)) return answer(200, { taskID: nextTaskId++, updatedAt });
      if (method === 'POST' && /^\/1\/indexes\/[^/]+\/batch$/.test(pathname)) {
        if (failBatches) return answer(500, { message: 'The server broke', status: 500 });
        const objectIDs = (requests.at(-1)!.body as BatchBody).requests.map((entry) => entry.body.objectID);
        return answer(200, { taskID: nextTaskId++, objectIDs });
      }
      if (method === 'DELETE' && /^\/1\/indexes\/[^/]+$/.test(pathname)) return answer(200, { taskID: nextTaskId++, deletedAt: updatedAt });
      return answer(404, { message: `No route for ${method} ${pathname}`, status: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    hosts: [{ url: '127.0.0.1', port, accept: 'readWrite', protocol: 'http' }],
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

interface BatchBody {
  requests: Array<{ action: string; body: AlgoliaRecord }>;
}

const servers: FakeAlgolia[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function fakeAlgolia(options?: { failBatches?: boolean }): Promise<FakeAlgolia> {
  const server = await startFakeAlgolia(options);
  servers.push(server);
  return server;
}

const batchRequests = (requests: readonly RecordedRequest[]) => requests.filter((request) => request.path.endsWith('/batch'));
const operations = (requests: readonly RecordedRequest[]) =>
  requests.filter((request) => request.path.endsWith('/operation')).map((request) => ({ path: request.path, body: request.body as { operation: string; destination: string } }));

describe('pushToAlgolia against a local server that answers like Algolia', () => {
  it('saves the settings, fills a temporary index in batches and moves it onto the index', async () => {
    const server = await fakeAlgolia();
    const lines: string[] = [];
    const summary = await pushToAlgolia({ appId: APP_ID, adminKey: ADMIN_KEY, indexName: INDEX, records, hosts: server.hosts, log: (line) => lines.push(line) });

    const settings = server.requests.find((request) => request.method === 'PUT' && request.path === `/1/indexes/${INDEX}/settings`);
    expect(settings?.body).toEqual(JSON.parse(JSON.stringify(ALGOLIA_INDEX_SETTINGS)));
    expect(server.requests.indexOf(settings!)).toBe(0);

    const batches = batchRequests(server.requests);
    const expectedBatches = Math.ceil(records.length / BATCH_SIZE);
    expect(batches.length).toBe(expectedBatches);
    const temporary = batches[0]!.path.split('/')[3]!;
    expect(temporary).toMatch(new RegExp(`^${INDEX}_tmp_\\d+$`));
    for (const batch of batches) expect(batch.path).toBe(`/1/indexes/${temporary}/batch`);
    const sent = batches.flatMap((batch) => (batch.body as BatchBody).requests);
    expect(sent.every((entry) => entry.action === 'addObject')).toBe(true);
    expect(sent.map((entry) => entry.body.objectID).sort()).toEqual(records.map((record) => record.objectID).sort());
    expect(sent.map((entry) => entry.body)).toEqual(records);

    const moves = operations(server.requests).filter((operation) => operation.body.operation === 'move');
    expect(moves).toEqual([{ path: `/1/indexes/${temporary}/operation`, body: { operation: 'move', destination: INDEX } }]);
    expect(server.requests.at(-1)!.path).toMatch(new RegExp(`^/1/indexes/${temporary}/task/\\d+$`));

    for (const request of server.requests) {
      expect(request.headers['x-algolia-api-key']).toBe(ADMIN_KEY);
      expect(request.headers['x-algolia-application-id']).toBe(APP_ID);
    }
    expect(summary).toMatchObject({ indexName: INDEX, recordsSent: records.length, batches: expectedBatches });
    expect(summary.batchTaskIDs).toHaveLength(expectedBatches);
    expect(lines.join('\n')).not.toContain(ADMIN_KEY);
  });

  it('sends many records in batches of 1,000, each record exactly once', async () => {
    const server = await fakeAlgolia();
    const many = Array.from({ length: 2500 }, (_, index) => ({ ...records[0]!, objectID: `synthetic-${index}` }));
    const summary = await pushToAlgolia({ appId: APP_ID, adminKey: ADMIN_KEY, indexName: INDEX, records: many, hosts: server.hosts });
    const sizes = batchRequests(server.requests).map((batch) => (batch.body as BatchBody).requests.length);
    expect(sizes).toEqual([1000, 1000, 500]);
    const ids = batchRequests(server.requests).flatMap((batch) => (batch.body as BatchBody).requests.map((entry) => entry.body.objectID));
    expect(new Set(ids).size).toBe(2500);
    expect(ids).toHaveLength(2500);
    expect(summary.batches).toBe(3);
  });

  it('rejects and never moves the temporary index when a batch fails', async () => {
    const server = await fakeAlgolia({ failBatches: true });
    await expect(pushToAlgolia({ appId: APP_ID, adminKey: ADMIN_KEY, indexName: INDEX, records, hosts: server.hosts })).rejects.toThrow();
    expect(batchRequests(server.requests).length).toBeGreaterThan(0);
    expect(operations(server.requests).some((operation) => operation.body.operation === 'move')).toBe(false);
    // The half-filled temporary index is deleted; the live index is never touched by records.
    const temporary = batchRequests(server.requests)[0]!.path.split('/')[3]!;
    expect(server.requests.some((request) => request.method === 'DELETE' && request.path === `/1/indexes/${temporary}`)).toBe(true);
    expect(batchRequests(server.requests).every((request) => request.path === `/1/indexes/${temporary}/batch`)).toBe(true);
  });
});

describe('npm run search:algolia', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, output: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) } };
  };

  it('without credentials, shows what it would send and says nothing was sent', async () => {
    const { lines, output } = capture();
    const code = await main([], {}, output);
    const text = lines.join('\n');
    expect(code).toBe(0);
    expect(text).toContain(`Records: ${records.length}`);
    expect(text).toContain('Index: worker-coop-library');
    expect(text).toMatch(/Largest record: \d+ bytes/);
    expect(text).toContain('"searchableAttributes"');
    expect(text).toContain('Nothing was sent to Algolia: ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY are not set');
  });

  it('with --dry-run and an admin key set, never prints the key', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/search-algolia.ts'), '--dry-run'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ALGOLIA_APP_ID: APP_ID, ALGOLIA_ADMIN_KEY: ADMIN_KEY, ALGOLIA_INDEX_NAME: INDEX },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Index: ${INDEX}`);
    expect(result.stdout).toContain('Nothing was sent to Algolia: this is a dry run');
    expect(result.stdout + result.stderr).not.toContain(ADMIN_KEY);
  });

  it('exits 1 with a plain message when the library cannot be read', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-library-'));
    const { lines, output } = capture();
    const code = await main(['--dry-run', '--root', empty], { ALGOLIA_ADMIN_KEY: ADMIN_KEY }, output);
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('Could not update the Algolia index "worker-coop-library"');
    expect(lines.join('\n')).not.toContain(ADMIN_KEY);
  });
});
