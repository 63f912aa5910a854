import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFile, pageFiles } from './page-files';

const english = { outDir: '/out', baseUrl: '/', trailingSlash: false };
const spanish = { outDir: '/out/es', baseUrl: '/es/', trailingSlash: false };

describe('pageFile', () => {
  it('finds a page without a trailing slash in a .html file of the same name', () => {
    expect(pageFile('/standards', english)).toBe(path.join('/out', 'standards.html'));
    expect(pageFile('/releases/1.1.0', english)).toBe(path.join('/out', 'releases', '1.1.0.html'));
  });

  it('finds the home page, and any address ending in a slash, in an index.html', () => {
    expect(pageFile('/', english)).toBe(path.join('/out', 'index.html'));
    expect(pageFile('/downloads/', english)).toBe(path.join('/out', 'downloads', 'index.html'));
  });

  it('leaves addresses that already end in .html as they are', () => {
    expect(pageFile('/404.html', english)).toBe(path.join('/out', '404.html'));
  });

  it('finds a translated page inside its language folder', () => {
    expect(pageFile('/es/', spanish)).toBe(path.join('/out/es', 'index.html'));
    expect(pageFile('/es/glossary', spanish)).toBe(path.join('/out/es', 'glossary.html'));
  });

  it('follows trailingSlash: true, and the folder layout when it is not set', () => {
    expect(pageFile('/glossary', { ...english, trailingSlash: true })).toBe(path.join('/out', 'glossary', 'index.html'));
    expect(pageFile('/glossary', { ...english, trailingSlash: undefined })).toBe(path.join('/out', 'glossary', 'index.html'));
  });
});

describe('pageFiles', () => {
  it('lists the pages in the same order whatever order they were rendered in', () => {
    expect(pageFiles(['/tools', '/', '/assign'], english).map((page) => page.pathname)).toEqual(['/', '/assign', '/tools']);
  });
});
