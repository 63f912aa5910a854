import type { I18n } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { localeBaseUrl, sourceBaseUrl } from './locale-urls';

function i18n(currentLocale: string, baseUrls: Record<string, string>): I18n {
  const localeConfigs = Object.fromEntries(Object.entries(baseUrls).map(([locale, baseUrl]) => [locale, { baseUrl }]));
  return { defaultLocale: 'en', locales: Object.keys(baseUrls), currentLocale, localeConfigs } as unknown as I18n;
}

describe('the base URL of a language', () => {
  it('is the one Docusaurus configured for the locale', () => {
    const spanish = i18n('es', { en: '/library/', es: '/library/es/' });
    expect(localeBaseUrl(spanish)).toBe('/library/es/');
    expect(localeBaseUrl(spanish, 'en')).toBe('/library/');
    expect(sourceBaseUrl(spanish)).toBe('/library/');
  });

  it('follows a single-locale build, where no language has a folder of its own', () => {
    expect(localeBaseUrl(i18n('es', { en: '/', es: '/' }))).toBe('/');
  });

  it('names the locales when asked for one the site does not have', () => {
    expect(() => localeBaseUrl(i18n('en', { en: '/', es: '/es/' }), 'fr')).toThrow('The site has no locale "fr"; its locales are en, es.');
  });
});
