/**
 * The Content-Security-Policy plugin: after each language's build, puts the site's policy (see
 * src/core/security/csp.ts) into every rendered page as a <meta> element, since static hosts may not
 * let the site set headers. Pages other plugins write themselves carry the same meta from their writer.
 * This file holds only the lifecycle.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { writingBuild } from '../build-writes';
import { injectedInlineScripts } from './injected-scripts';
import { securePages } from './secure-pages';

export interface CspPluginOptions {
  /** The Algolia application the search box asks; set only when the site searches Algolia. */
  algoliaAppId?: string;
}

export default function cspPlugin(context: LoadContext, options: CspPluginOptions = {}): Plugin<void> {
  const { siteConfig, baseUrl } = context;
  return {
    name: 'csp',

    postBuild: ({ outDir, headTags, preBodyTags, postBodyTags, routesBuildMetadata }) =>
      writingBuild(outDir, async () => {
        // The same choice of minifier that Docusaurus's static site generation makes.
        const minifier = siteConfig.future.faster.swcHtmlMinimizer ? 'swc' : 'terser';
        const injectedScripts = await injectedInlineScripts({ headTags, preBodyTags, postBodyTags }, minifier);
        await securePages({
          layout: { outDir, baseUrl, trailingSlash: siteConfig.trailingSlash },
          pathnames: Object.keys(routesBuildMetadata),
          injectedScripts,
          bannerEnabled: siteConfig.baseUrlIssueBanner,
          algoliaAppId: options.algoliaAppId,
        });
      }),
  };
}
