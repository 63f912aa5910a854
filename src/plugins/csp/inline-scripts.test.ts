import { describe, expect, it } from 'vitest';
import { inlineScripts, scriptHash } from './inline-scripts';

describe('inlineScripts', () => {
  it('finds the scripts written in the page, in order, and not the ones loaded from files', () => {
    const html = '<head><script src="/a.js" defer></script><script data-rh="true">one()</script></head><body><SCRIPT>two()</SCRIPT ></body>';
    expect(inlineScripts(html)).toEqual([
      { attributes: ' data-rh="true"', text: 'one()' },
      { attributes: '', text: 'two()' },
    ]);
  });

  it('counts an empty inline script, since the browser checks it too', () => {
    expect(inlineScripts('<script></script>')).toEqual([{ attributes: '', text: '' }]);
  });

  it('leaves out JSON data blocks, which are never run', () => {
    const html = `<script type="application/ld+json">{"a":1}</script><script type='application/json'>{}</script><script type=application/manifest+json>{}</script>`;
    expect(inlineScripts(html)).toEqual([]);
  });

  it('does not mistake data-src for src', () => {
    expect(inlineScripts('<script data-src="/a.js">run()</script>')).toEqual([{ attributes: ' data-src="/a.js"', text: 'run()' }]);
  });
});

describe('scriptHash', () => {
  it('is the base64 SHA-256 digest of the UTF-8 text, as browsers compute it for a CSP', () => {
    expect(scriptHash("alert('Hello, world.');")).toBe('qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(scriptHash('é')).not.toBe(scriptHash('e'));
  });
});
