/** The bytes a browser downloads to show a page the first time: its HTML, scripts and styles, gzipped. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: number;
  gzipBytes: number;
}

export function firstLoadBytes(buildDir: string, htmlFile: string): FirstLoad {
  const html = fs.readFileSync(path.join(buildDir, htmlFile), 'utf8');
  const assets = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) assets.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)) {
    assets.add((match[1] ?? match[2])!);
  }
  let gzipBytes = gzipSync(html, { level: 9 }).length;
  for (const asset of assets) {
    if (/^https?:/.test(asset)) continue;
    gzipBytes += gzipSync(fs.readFileSync(path.join(buildDir, asset.replace(/^\//, ''))), { level: 9 }).length;
  }
  return { files: assets.size + 1, gzipBytes };
}

/** The HTML pages of a build, per locale folder ("" for the default locale). */
export function countPages(buildDir: string, localeDirs: readonly string[]): number {
  const all = fs
    .readdirSync(buildDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.endsWith('404.html'));
  return all.filter((file) => !localeDirs.some((locale) => file.startsWith(`${locale}/`))).length;
}
