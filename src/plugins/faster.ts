/**
 * The Docusaurus Faster flags the site builds with. Rspack bundles; SWC compiles and minifies the
 * scripts; Lightning CSS minifies the styles; each MDX page is compiled once for both the browser and
 * the server bundle; the build keeps its Rspack cache between builds and reads the Git history once.
 *
 * Two flags stay off. The HTML minifier of SWC writes attribute values without quotes, and the checks
 * of built pages (and the archived pages of releases) read the quoted form that the default minifier
 * writes. SSG worker threads need Docusaurus's v4 flags, which change what plugins see after the build.
 *
 * `npm run bench` builds its bare comparison site with these same flags as well as without them.
 *
 * package.json holds @swc/html (a dependency of Docusaurus Faster) at 1.15.40 through `overrides`: the
 * registry has no packages for other systems of the later versions, so a lock file made with them on
 * Linux fails `npm ci` everywhere.
 */
import type { FasterConfig } from '@docusaurus/types';

export const FASTER_FLAGS: Partial<FasterConfig> = {
  swcJsLoader: true,
  swcJsMinimizer: true,
  swcHtmlMinimizer: false,
  lightningCssMinimizer: true,
  mdxCrossCompilerCache: true,
  rspackBundler: true,
  rspackPersistentCache: true,
  gitEagerVcs: true,
  ssgWorkerThreads: false,
};
