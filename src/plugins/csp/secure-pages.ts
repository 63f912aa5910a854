/**
 * Puts the policy into every page the current language's build rendered. Every page may run the
 * scripts injected into all pages; a home page may also run Docusaurus's base-URL banner.
 * All pages are checked before any is written, so a refused script leaves the build as it was.
 */
import fs from 'node:fs/promises';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../../core/security/csp';
import { baseUrlBannerScripts } from './base-url-banner';
import { scriptHash } from './inline-scripts';
import { pageFiles, type SiteLayout } from './page-files';
import { refuseUnknownInlineScripts, withPolicyMeta } from './page-policy';

export interface SecurePagesInput {
  layout: SiteLayout;
  /** The addresses of the pages the build rendered. */
  pathnames: readonly string[];
  /** The inline scripts injected into every page, as the pages hold them. */
  injectedScripts: readonly string[];
  bannerEnabled: boolean;
  algoliaAppId?: string;
}

export async function securePages({ layout, pathnames, injectedScripts, bannerEnabled, algoliaAppId }: SecurePagesInput): Promise<void> {
  const sitewide = injectedScripts.map(scriptHash);
  const rewritten: Array<{ file: string; html: string }> = [];
  for (const { pathname, file } of pageFiles(pathnames, layout)) {
    const html = await fs.readFile(file, 'utf8');
    const banner = baseUrlBannerScripts(html, { isHomePage: pathname === layout.baseUrl, bannerEnabled }).map(scriptHash);
    const scriptHashes = [...sitewide, ...banner];
    refuseUnknownInlineScripts(html, pathname, new Set(scriptHashes));
    const meta = contentSecurityPolicyMeta(contentSecurityPolicy({ scriptHashes, algoliaAppId }));
    rewritten.push({ file, html: withPolicyMeta(html, meta, pathname) });
  }
  for (const { file, html } of rewritten) await fs.writeFile(file, html);
}
