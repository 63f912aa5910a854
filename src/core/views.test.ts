import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibraryOrThrow } from './load';
import { buildViews } from './views';

const library = loadLibraryOrThrow(path.resolve(__dirname, '../../tests/fixtures/valid'));

describe('buildViews', () => {
  it('shows the translation where there is one, with Spanish links', () => {
    const { standards, domains } = buildViews(library, { language: 'es', baseUrl: '/es/' });
    const gov01 = standards.find((standard) => standard.id === 'GOV-01');
    expect(gov01?.title).toBe('Un socio, un voto');
    expect(gov01?.translated).toBe(true);
    expect(gov01?.permalink).toBe('/es/standards/GOV-01');
    expect(gov01?.domainTitle).toBe('Gobernanza');
    expect(gov01?.editUrl).toBe('https://example.org/library/edit/main/standards/i18n/es/governance/GOV-01.yaml');
    expect(domains[0]?.translated).toBe(true);
  });

  it('falls back to English, and says so, where there is no translation', () => {
    const { standards, domains } = buildViews(library, { language: 'es', baseUrl: '/es/' });
    const fin01 = standards.find((standard) => standard.id === 'FIN-01');
    expect(fin01?.title).toBe('A written patronage policy');
    expect(fin01?.translated).toBe(false);
    expect(fin01?.related).toEqual([{ id: 'GOV-01', title: 'Un socio, un voto', permalink: '/es/standards/GOV-01' }]);
    expect(domains[1]?.translated).toBe(false);
  });

  it('renders Markdown and points site links at the language', () => {
    const { standards } = buildViews(library, { language: 'en', baseUrl: '/' });
    const gov01 = standards.find((standard) => standard.id === 'GOV-01');
    expect(gov01?.guidanceHtml).toContain('<a href="/standards/FIN-01">FIN-01</a>');
    expect(gov01?.editUrl).toBe('https://example.org/library/edit/main/standards/governance/GOV-01.yaml');
  });

  it('links a retired standard to its successors and lists domains in library order', () => {
    const { standards, domains } = buildViews(library, { language: 'en', baseUrl: '/' });
    expect(standards.find((standard) => standard.id === 'GOV-02')?.successors).toEqual([
      { id: 'GOV-01', title: 'One member, one vote', permalink: '/standards/GOV-01', relation: 'covered' },
    ]);
    expect(domains.map((domain) => [domain.id, domain.standards.map((standard) => standard.id)])).toEqual([
      ['governance', ['GOV-01', 'GOV-02']],
      ['finance', ['FIN-01']],
    ]);
  });

  it('attaches the lessons it is given', () => {
    const lessons = new Map([['FIN-01', [{ id: 'curricula/demo/patronage', title: 'Sharing the surplus', permalink: '/curricula/demo/patronage' }]]]);
    const { standards } = buildViews(library, { language: 'en', baseUrl: '/', lessonsByStandard: lessons });
    expect(standards.find((standard) => standard.id === 'FIN-01')?.lessons).toEqual(lessons.get('FIN-01'));
  });
});
