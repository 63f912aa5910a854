import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ReactNode } from 'react';
import { useLocaleBaseUrl } from './locale';
import TranslationNotice from './standards/TranslationNotice';

/**
 * On a translated page of the docs whose English page has changed since the translation was made (its
 * source_hash no longer matches): the notice standards show, with a link to the English page.
 */
export default function StaleTranslationNotice(): ReactNode {
  const { metadata } = useDoc();
  const { staleDocs } = usePluginData('standards') as { staleDocs: readonly string[] };
  const baseUrl = useLocaleBaseUrl();
  if (metadata.version !== 'current' || !staleDocs.includes(metadata.id)) return null;
  const english = `${baseUrl('en')}${metadata.permalink.slice(baseUrl().length)}`;
  return <TranslationNotice state="stale" sourcePermalink={english} />;
}
