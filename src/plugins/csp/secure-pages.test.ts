import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scriptHash } from './inline-scripts';
import { securePages } from './secure-pages';

const THEME = '!function(){document.documentElement.setAttribute("data-theme","light")}()';
const BANNER = 'function insertBanner(){var n=document.createElement("div");n.id="__docusaurus-base-url-issue-banner-container"}';
const page = (head = '') =>
  `<!doctype html><html><head>\n<meta charset="UTF-8">\n<title>T</title>${head}</head><body><script>${THEME}</script><div id="__docusaurus"></div></body></html>`;

let outDir: string;
const layout = () => ({ outDir, baseUrl: '/', trailingSlash: false });
const read = (name: string) => fs.readFileSync(path.join(outDir, name), 'utf8');
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

beforeEach(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-pages-'));
  fs.writeFileSync(path.join(outDir, 'index.html'), page(`<script data-rh="true">${BANNER}</script>`));
  fs.writeFileSync(path.join(outDir, 'tools.html'), page());
});

afterEach(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('securePages', () => {
  it('gives every page the policy, allowing the injected scripts everywhere and the base-URL banner on the home page only', async () => {
    await securePages({ layout: layout(), pathnames: ['/tools', '/'], injectedScripts: [THEME], bannerEnabled: true });
    const home = policyOf(read('index.html'));
    const tools = policyOf(read('tools.html'));
    expect(tools).toContain(`script-src 'self' 'sha256-${scriptHash(THEME)}';`);
    expect(home).toContain(`'sha256-${scriptHash(THEME)}'`);
    expect(home).toContain(`'sha256-${scriptHash(BANNER)}'`);
    expect(tools).not.toContain(scriptHash(BANNER));
    expect(read('tools.html').indexOf('<meta http-equiv')).toBe(read('tools.html').indexOf('<meta charset="UTF-8">') + '<meta charset="UTF-8">'.length);
  });

  it('adds the Algolia search hosts when the site searches Algolia', async () => {
    await securePages({ layout: layout(), pathnames: ['/tools'], injectedScripts: [THEME], bannerEnabled: true, algoliaAppId: 'APP42' });
    expect(policyOf(read('tools.html'))).toContain("connect-src 'self' https://APP42-dsn.algolia.net");
  });

  it('writes the same files when run twice', async () => {
    const input = { layout: layout(), pathnames: ['/', '/tools'], injectedScripts: [THEME], bannerEnabled: true };
    await securePages(input);
    const first = [read('index.html'), read('tools.html')];
    await securePages(input);
    expect([read('index.html'), read('tools.html')]).toEqual(first);
  });

  it('refuses the banner on a page that is not a home page, and then writes no page at all', async () => {
    fs.writeFileSync(path.join(outDir, 'tools.html'), page(`<script data-rh="true">${BANNER}</script>`));
    const before = [read('index.html'), read('tools.html')];
    await expect(securePages({ layout: layout(), pathnames: ['/', '/tools'], injectedScripts: [THEME], bannerEnabled: true })).rejects.toThrow(
      /The page \/tools has an inline script that is not one of the site's known/,
    );
    expect([read('index.html'), read('tools.html')]).toEqual(before);
  });

  it('refuses the banner on the home page too when the site turned it off', async () => {
    await expect(securePages({ layout: layout(), pathnames: ['/'], injectedScripts: [THEME], bannerEnabled: false })).rejects.toThrow(/The page \/ has an inline script/);
  });
});
