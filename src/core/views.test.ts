import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCaseLibrary } from '../../tests/support/fixtures';
import { loadLibrary, loadLibraryOrThrow } from './load';
import { buildViews, localize } from './views';

const library = loadLibraryOrThrow(path.resolve(__dirname, '../../tests/fixtures/valid'));
const SPANISH = { language: 'es', baseUrl: '/es/', sourceBaseUrl: '/' } as const;
const ENGLISH = { language: 'en', baseUrl: '/', sourceBaseUrl: '/' } as const;

describe('buildViews', () => {
  it('shows the translation where there is one, with Spanish links', () => {
    const { standards, domains } = buildViews(library, SPANISH);
    const gov01 = standards.find((standard) => standard.id === 'GOV-01');
    expect(gov01?.title).toBe('Un socio, un voto');
    expect(gov01?.translation).toBe('current');
    expect(gov01?.permalink).toBe('/es/standards/GOV-01');
    expect(gov01?.domainTitle).toBe('Gobernanza');
    expect(gov01?.editUrl).toBe('https://example.org/library/edit/main/standards/i18n/es/governance/GOV-01.yaml');
    expect(domains[0]?.translation).toBe('current');
  });

  it('falls back to English, and links to the English page, where there is no translation', () => {
    const { standards, domains } = buildViews(library, SPANISH);
    const fin01 = standards.find((standard) => standard.id === 'FIN-01');
    expect(fin01?.title).toBe('A written patronage policy');
    expect(fin01?.translation).toBe('missing');
    expect(fin01?.sourcePermalink).toBe('/standards/FIN-01');
    expect(fin01?.related).toEqual([{ id: 'GOV-01', title: 'Un socio, un voto', permalink: '/es/standards/GOV-01' }]);
    expect(domains[1]?.translation).toBe('missing');
    expect(domains[1]?.sourcePermalink).toBe('/standards/domains/finance');
  });

  it('keeps a stale translation but marks it, so the page can say so and link to the English', () => {
    const { library: withStale, warnings } = loadLibrary(buildCaseLibrary('stale-translation'));
    expect(warnings).toHaveLength(1);
    const gov01 = buildViews(withStale!, SPANISH).standards.find((standard) => standard.id === 'GOV-01');
    expect(gov01?.title).toBe('Un socio, un voto');
    expect(gov01?.translation).toBe('stale');
    expect(gov01?.sourcePermalink).toBe('/standards/GOV-01');
  });

  it('marks every English page as the source', () => {
    const { standards, domains } = buildViews(library, ENGLISH);
    expect(new Set([...standards, ...domains].map((view) => view.translation))).toEqual(new Set(['source']));
  });

  it('renders Markdown and points site links at the language', () => {
    const { standards } = buildViews(library, ENGLISH);
    const gov01 = standards.find((standard) => standard.id === 'GOV-01');
    expect(gov01?.guidanceHtml).toContain('<a href="/standards/FIN-01">FIN-01</a>');
    expect(gov01?.editUrl).toBe('https://example.org/library/edit/main/standards/governance/GOV-01.yaml');
  });

  it('links a retired standard to its successors and lists domains in library order', () => {
    const { standards, domains } = buildViews(library, ENGLISH);
    expect(standards.find((standard) => standard.id === 'GOV-02')?.successors).toEqual([
      { id: 'GOV-01', title: 'One member, one vote', permalink: '/standards/GOV-01', relation: 'covered' },
    ]);
    expect(domains.map((domain) => [domain.id, domain.standards.map((standard) => standard.id)])).toEqual([
      ['governance', ['GOV-01', 'GOV-02']],
      ['finance', ['FIN-01']],
    ]);
  });

  it('lists the glossary terms a standard uses and links their first use to the glossary', () => {
    const gov01 = buildViews(library, ENGLISH).standards.find((standard) => standard.id === 'GOV-01');
    expect(gov01?.terms).toEqual([{ id: 'bylaws', title: 'Bylaws', definition: 'The written rules of how the co-op is run.', permalink: '/glossary#bylaws' }]);
    expect(gov01?.guidanceHtml).toContain('<a href="/glossary#bylaws" title="The written rules of how the co-op is run." class="glossary-term">bylaws</a>');
    const spanish = buildViews(library, SPANISH).standards.find((standard) => standard.id === 'GOV-01');
    expect(spanish?.terms.map((term) => [term.title, term.permalink])).toEqual([['Estatutos', '/es/glossary#bylaws']]);
  });

  it('attaches the lessons it is given', () => {
    const lessons = new Map([['FIN-01', [{ id: 'curricula/demo/patronage', title: 'Sharing the surplus', permalink: '/curricula/demo/patronage' }]]]);
    const { standards } = buildViews(library, { ...ENGLISH, lessonsByStandard: lessons });
    expect(standards.find((standard) => standard.id === 'FIN-01')?.lessons).toEqual(lessons.get('FIN-01'));
  });
});

describe('localize', () => {
  it('gives the translated text, marked with its language', () => {
    const gov01 = localize(library, 'es').standard('GOV-01')!;
    expect(gov01).toMatchObject({ title: 'Un socio, un voto', textLanguage: 'es', translation: 'current' });
    expect(gov01.textFile).toBe('standards/i18n/es/governance/GOV-01.yaml');
  });

  it('gives the English where there is no translation, marked as English and as missing', () => {
    const fin01 = localize(library, 'es').standard('FIN-01')!;
    expect(fin01).toMatchObject({ title: 'A written patronage policy', textLanguage: 'en', translation: 'missing' });
    expect(localize(library, 'es').domain('finance')).toMatchObject({ textLanguage: 'en', translation: 'missing' });
  });

  it('marks the source language as the source, and gives an unknown ID back as its title', () => {
    expect(localize(library, 'en').standard('GOV-01')).toMatchObject({ textLanguage: 'en', translation: 'source' });
    expect(localize(library, 'es').titleOf('GOV-01')).toBe('Un socio, un voto');
    expect(localize(library, 'es').titleOf('NOPE-99')).toBe('NOPE-99');
  });

  it('is built once per library and language', () => {
    expect(localize(library, 'es')).toBe(localize(library, 'es'));
  });

  it('is what the page views show, with the language of their text', () => {
    const { standards } = buildViews(library, SPANISH);
    expect(standards.find((standard) => standard.id === 'FIN-01')?.textLanguage).toBe('en');
    expect(standards.find((standard) => standard.id === 'GOV-01')?.textLanguage).toBe('es');
  });
});
