/**
 * The base URL of each language of the site for the plugins, as Docusaurus configured it
 * (context.i18n.localeConfigs[locale].baseUrl): `/` for the default language, `/es/` for Spanish, or
 * whatever a locale's `baseUrl` option or a single-locale build makes of them.
 */
import type { I18n } from '@docusaurus/types';

/** The base URL of `locale`, by default the locale being built. */
export function localeBaseUrl(i18n: I18n, locale: string = i18n.currentLocale): string {
  const config = i18n.localeConfigs[locale];
  if (!config) throw new Error(`The site has no locale "${locale}"; its locales are ${i18n.locales.join(', ')}.`);
  return config.baseUrl;
}

/** The base URL of the default language: where the pages in the source language live. */
export function sourceBaseUrl(i18n: I18n): string {
  return localeBaseUrl(i18n, i18n.defaultLocale);
}
