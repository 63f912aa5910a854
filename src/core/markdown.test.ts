import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders paragraphs, lists, emphasis and tables', () => {
    const html = renderMarkdown('A *small* step.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<p>A <em>small</em> step.</p>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>1</td>');
  });

  it('never renders raw HTML or script links from the data', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1))');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('links the standard IDs it knows, outside existing links', () => {
    const html = renderMarkdown('See FIN-01, not FIN-99. [FIN-01 itself](/standards/FIN-01).', { baseUrl: '/es/', standardIds: new Set(['FIN-01']) });
    expect(html).toBe('<p>See <a href="/es/standards/FIN-01">FIN-01</a>, not FIN-99. <a href="/es/standards/FIN-01">FIN-01 itself</a>.</p>');
  });

  it('links the standard IDs of a past release to that release’s pages', () => {
    const html = renderMarkdown('See FIN-01.', { baseUrl: '/es/', standardIds: new Set(['FIN-01']), version: '1.0.0' });
    expect(html).toBe('<p>See <a href="/es/standards/1.0.0/FIN-01">FIN-01</a>.</p>');
  });

  it('points site links at the page language and opens outside links safely', () => {
    const html = renderMarkdown('[GOV-01](/standards/GOV-01) and [ICA](https://ica.coop/)', { baseUrl: '/es/' });
    expect(html).toContain('href="/es/standards/GOV-01"');
    expect(html).toContain('href="https://ica.coop/" rel="noopener noreferrer"');
  });
});
