import { describe, expect, it } from 'vitest';
import { VALID_LIBRARY } from '../../../tests/support/fixtures';
import { loadLibraryOrThrow } from '../load';
import { buildSearchRecords } from '../registry';
import { buildViews } from '../views';
import { caseViews } from './cases-view';
import { directoryView } from './directory-view';
import { figureViews } from './figures-view';

const library = loadLibraryOrThrow(VALID_LIBRARY);

describe('the views of the pages for partners and the public', () => {
  it('gives a case its text in the reader language, its partner linked to the directory and its standards by title', () => {
    const [item] = caseViews(library, 'es', '/es/');
    expect(item!.permalink).toBe('/es/cases/demo-cleaning-cooperative');
    expect(item!.summary).toContain('cooperativa de limpieza');
    expect(item!.partners).toEqual([{ name: 'Demo Development Center', permalink: '/es/directory#demo-development-center' }]);
    expect(item!.storyHtml).toBe('<p>Doce mujeres comenzaron la cooperativa en 2010.</p>\n<p>Votan cada decisión grande.</p>');
    // A standard named in the text links to its page in the reader's language.
    expect(item!.financingHtml).toContain('<a href="/es/standards/GOV-01">GOV-01</a>');
    expect(item!.standards[0]).toMatchObject({ id: 'GOV-01', permalink: '/es/standards/GOV-01' });
  });

  it('lists the cases that show a standard on its page', () => {
    const { standards } = buildViews(library, { language: 'en', baseUrl: '/', sourceBaseUrl: '/' });
    expect(standards.find((standard) => standard.id === 'GOV-01')!.cases).toEqual([
      { id: 'demo-cleaning-cooperative', title: 'Demo Cleaning Cooperative', permalink: '/cases/demo-cleaning-cooperative' },
    ]);
  });

  it('counts, for the map, the organizations that name each state', () => {
    const view = directoryView(library, 'en');
    expect(view.stateCounts.NY).toBe(1);
    expect(view.stateCounts.CA).toBe(0);
    expect(view.nationwide).toBe(0);
    expect(view.organizations[0]).toMatchObject({ serves: ['NY', 'NJ'], basedIn: { city: 'Brooklyn', state: 'NY' } });
  });

  it('gives each figure its words in the reader language and its parts for the chart', () => {
    expect(figureViews(library, 'es')[0]).toMatchObject({
      label: 'Cooperativas de muestra',
      approximate: true,
      breakdown: [
        { label: 'Limpieza', value: 70 },
        { label: 'Alimentos', value: 50 },
      ],
    });
  });

  it('makes search records for cases, organizations, figures and audience pages, with their facets', () => {
    const records = buildSearchRecords(library, { language: 'en', baseUrl: '/' });
    const byType = (type: string) => records.filter((record) => record.type === type);
    expect(byType('case').map((record) => record.facets)).toEqual([{ type: ['case'], pathway: ['startup'], sector: ['cleaning'], state: ['NY'], domain: ['governance'] }]);
    expect(byType('organization').map((record) => `${record.path}#${record.anchor}`)).toEqual(['/directory#demo-development-center']);
    expect(byType('organization')[0]!.facets).toEqual({ type: ['organization'], service: ['development', 'training'], state: ['NY', 'NJ'] });
    expect(byType('figure').map((record) => record.anchor)).toEqual(['demo-count']);
    expect(byType('path')[0]).toMatchObject({ path: '/paths/nonprofits', facets: { type: ['path'], audience: ['nonprofit'] } });
    const spanish = buildSearchRecords(library, { language: 'es', baseUrl: '/es/' });
    expect(spanish.filter((record) => record.type === 'path')[0]).toMatchObject({ path: '/es/paths/nonprofits', title: 'Para organizaciones sin fines de lucro' });
  });
});
