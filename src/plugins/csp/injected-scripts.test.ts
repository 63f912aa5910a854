import { describe, expect, it } from 'vitest';
import { injectedInlineScripts } from './injected-scripts';

const COLOUR_MODE = `
(function () {
  function storedTheme() {
    try { return window.localStorage.getItem('theme'); } catch (error) { return null; }
  }
  document.documentElement.setAttribute('data-theme', storedTheme() || 'light');
})();
`;

describe('injectedInlineScripts', () => {
  it('gives the inline scripts of every kind of tag, minified as Docusaurus minifies the pages', async () => {
    const scripts = await injectedInlineScripts(
      {
        headTags: '<link rel="alternate" href="/feeds/releases.atom">\n<script>window.head = 1;</script>',
        preBodyTags: `<svg style="display: none;"></svg>\n<script>${COLOUR_MODE}</script>`,
        postBodyTags: '<script>window.post = 3;</script>',
      },
      'terser',
    );
    expect(scripts).toHaveLength(3);
    expect(scripts[0]).toBe('window.head=1');
    expect(scripts[1]).not.toContain('\n');
    expect(scripts[1]!.length).toBeLessThan(COLOUR_MODE.trim().length);
    expect(scripts[1]).toContain('"data-theme"');
    expect(scripts[2]).toBe('window.post=3');
  });

  it('leaves out scripts loaded from files and JSON data', async () => {
    const scripts = await injectedInlineScripts(
      { headTags: '<script src="/analytics.js" async></script><script type="application/ld+json">{"a": 1}</script>', preBodyTags: '', postBodyTags: '' },
      'terser',
    );
    expect(scripts).toEqual([]);
  });
});
