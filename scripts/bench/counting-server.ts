/**
 * A small static file server for the benchmarks that counts what it sends. Text files (JSON,
 * JavaScript, HTML, CSS) go out gzipped, as any static host sends them; Pagefind's own index and
 * WebAssembly files are already compressed and go out as they are. Nothing may be cached, so every
 * fresh browser context downloads everything again.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SentFile {
  readonly path: string;
  /** Bytes of the body as sent, after compression. */
  readonly bytes: number;
  /** Whether the browser asked for it ahead of need (`<link rel="prefetch">`), not to show the page. */
  readonly prefetch: boolean;
}

export interface CountingServer {
  readonly origin: string;
  /** What was sent since the last reset, in order. */
  sent(): readonly SentFile[];
  reset(): void;
  close(): Promise<void>;
}

const TEXT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
};

/** The gzip level of a typical static host. */
const GZIP_LEVEL = 6;

export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: GZIP_LEVEL }).length;
}

export async function startCountingServer(rootDir: string): Promise<CountingServer> {
  let sent: SentFile[] = [];
  const root = path.resolve(rootDir);
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // Pages are served as static hosts serve a Docusaurus build: /a/b from a/b.html or a/b/index.html.
    const file = [urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath, `${urlPath}.html`, `${urlPath}/index.html`]
      .map((candidate) => path.join(root, candidate))
      .find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (!file || !file.startsWith(root + path.sep)) {
      response.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end();
      return;
    }
    const extension = path.extname(file);
    const textType = TEXT_TYPES[extension];
    const raw = fs.readFileSync(file);
    const body = textType ? gzipSync(raw, { level: GZIP_LEVEL }) : raw;
    const headers: http.OutgoingHttpHeaders = {
      'content-type': textType ?? (extension === '.wasm' ? 'application/wasm' : 'application/octet-stream'),
      'content-length': body.length,
      'cache-control': 'no-store',
    };
    if (textType) headers['content-encoding'] = 'gzip';
    response.writeHead(200, headers);
    sent.push({ path: urlPath, bytes: body.length, prefetch: /prefetch/i.test(String(request.headers['sec-purpose'] ?? request.headers.purpose ?? '')) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => sent,
    reset: () => {
      sent = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
