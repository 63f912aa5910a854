import { describe, expect, it } from 'vitest';
import { relocateKeptPage } from './relocate-page';

const page = [
  '<link rel="stylesheet" href="/assets/releases/1.2.0/styles.css">',
  '<a href="/es/standards/1.2.0/GOV-01">GOV-01</a>',
  '<img src="/es/img/logo.svg" alt="">',
  '<form action="/es/search" method="get">',
  '<link rel="canonical" href="https://worker-coop-library.github.io/es/standards/1.2.0">',
  '<a href="//cdn.example.org/x">x</a> <a href="#main">skip</a> <a href="GOV-02">rel</a>',
  '<p>The path /standards/ in text stays; data-x="/keep"</p>',
].join('\n');

describe('relocateKeptPage', () => {
  it('leaves a page captured at the root unchanged when the site is served at the root', () => {
    expect(relocateKeptPage(page, '/')).toBe(page);
  });

  it('moves root-relative href, src and action addresses under the base path, and nothing else', () => {
    const moved = relocateKeptPage(page, '/library/');
    expect(moved).toContain('href="/library/assets/releases/1.2.0/styles.css"');
    expect(moved).toContain('href="/library/es/standards/1.2.0/GOV-01"');
    expect(moved).toContain('src="/library/es/img/logo.svg"');
    expect(moved).toContain('action="/library/es/search"');
    expect(moved).toContain('href="https://worker-coop-library.github.io/es/standards/1.2.0"');
    expect(moved).toContain('href="//cdn.example.org/x"');
    expect(moved).toContain('href="#main"');
    expect(moved).toContain('href="GOV-02"');
    expect(moved).toContain('The path /standards/ in text stays; data-x="/keep"');
  });

  it('refuses a base path without its slashes', () => {
    expect(() => relocateKeptPage(page, 'library')).toThrow(/must start and end with "\/"/);
  });
});
