import { describe, expect, it } from 'vitest';
import { kindOfRequest, savedPageAddress } from './requests.js';

const origin = 'https://org.github.io';
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('the requests the service worker keeps', () => {
  it('tells pages, downloads and the search index apart, under a base path too', () => {
    expect(kindOfRequest(get(`${origin}/library/standards/GOV-01`, 'navigate'), origin)).toBe('page');
    expect(kindOfRequest(get(`${origin}/library/es/glossary?x=1`, 'navigate'), origin)).toBe('page');
    expect(kindOfRequest(get(`${origin}/library/downloads/1.3.0/checklists/startup-readiness.en.pdf`), origin)).toBe('download');
    expect(kindOfRequest(get(`${origin}/templates/bylaws.en.docx`), origin)).toBe('download');
    expect(kindOfRequest(get(`${origin}/library/downloads/1.3.0/standards.xlsx`, 'navigate'), origin)).toBe('download');
    expect(kindOfRequest(get(`${origin}/library/es/search-index/docs-1.json`), origin)).toBe('search');
  });

  it("leaves alone a language's home, other files, other sites and anything but GET", () => {
    expect(kindOfRequest(get(`${origin}/library/`, 'navigate'), origin)).toBeUndefined();
    expect(kindOfRequest(get(`${origin}/library/assets/js/main.js`), origin)).toBeUndefined();
    expect(kindOfRequest(get('https://example.org/downloads/x.pdf'), origin)).toBeUndefined();
    expect(kindOfRequest({ url: `${origin}/downloads/x.pdf`, method: 'POST', mode: 'cors' }, origin)).toBeUndefined();
  });

  it('finds the saved copy of a page under the name the build gave its file', () => {
    expect(savedPageAddress(`${origin}/library/standards/GOV-01?from=search#why`)).toBe(`${origin}/library/standards/GOV-01.html`);
    expect(savedPageAddress(`${origin}/es/glossary`)).toBe(`${origin}/es/glossary.html`);
  });
});
