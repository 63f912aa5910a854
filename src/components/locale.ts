/**
 * The reader's language on the client, from Docusaurus's i18n configuration: the language, its words
 * (src/core/vocabulary.ts) and the base URL of any language of the site.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Language } from '@site/src/core/model';
import { vocabularyIn, type Vocabulary } from '@site/src/core/vocabulary';

/** The language of the page being read. */
export function useLanguage(): Language {
  return useDocusaurusContext().i18n.currentLocale as Language;
}

/** The library's vocabulary in the language of the page being read. */
export function useVocabulary(): Vocabulary {
  return vocabularyIn(useLanguage());
}

/**
 * The base URL of each language of the site, e.g. `/` for English and `/es/` for Spanish, as Docusaurus
 * configured it (i18n.localeConfigs[locale].baseUrl); without a locale, the page's own language.
 */
export function useLocaleBaseUrl(): (locale?: string) => string {
  const { i18n, siteConfig } = useDocusaurusContext();
  return (locale = i18n.currentLocale) => i18n.localeConfigs[locale]?.baseUrl ?? siteConfig.baseUrl;
}

/** The `lang` marks a source's words need on the page being read; undefined where they are in the page's language. */
export interface SourceMarks {
  /** For its title and publisher: the source's own language, English unless the source says otherwise. */
  readonly of: (source: { readonly language?: string }) => string | undefined;
  /** For its note, which the library writes in English. */
  readonly note: string | undefined;
}

export function useSourceMarks(): SourceMarks {
  const page = useLanguage();
  return {
    of: (source) => ((source.language ?? 'en') === page ? undefined : (source.language ?? 'en')),
    note: page === 'en' ? undefined : 'en',
  };
}
