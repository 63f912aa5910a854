import { describe, expect, it } from 'vitest';
import { isSavedForOffline } from './saved-pages';

describe('what is saved for offline reading', () => {
  it('saves the standards, glossary, checklists and lessons, with the files the pages need', () => {
    for (const file of [
      'index.html',
      'standards.html',
      'standards/GOV-01.html',
      'standards/coming-changes.html',
      'standards/domains/governance.html',
      'glossary.html',
      'checklists.html',
      'checklists/startup-readiness.html',
      'curricula.html',
      'curricula/developer-fundamentals/lesson-01-what-is-a-worker-coop.html',
      'assets/js/main.1a2b3c.js',
      'assets/css/styles.1a2b3c.css',
      'img/logo.svg',
      '404.html',
    ])
      expect(isSavedForOffline(file), file).toBe(true);
  });

  it("leaves out release pages, downloads, indexes, other pages and the other language's files", () => {
    for (const file of [
      'standards/1.2.0.html',
      'standards/1.2.0/GOV-01.html',
      '1.2.0/curricula.html',
      'downloads/1.3.0/checklists/startup-readiness.en.xlsx',
      'search-index/docs-1.json',
      'releases/menu.json',
      'assets/releases/1.2.0/styles.css',
      'cases/union-cab.html',
      'es/standards/GOV-01.html',
      'sw.js',
    ])
      expect(isSavedForOffline(file), file).toBe(false);
  });
});
