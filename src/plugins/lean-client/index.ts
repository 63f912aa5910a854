/**
 * Keeps out of the script every page loads what only some pages need. The classic theme starts every
 * page by loading Prism, the code highlighter, to give it the site's extra languages; this plugin
 * replaces that start-up module with an empty one. A page with a fenced code block imports the
 * highlighted block, which brings Prism and the same languages (src/plugins/mdx-safety/
 * remark-code-blocks.ts, src/theme/CodeBlock/Highlighted.tsx). It also makes the fetching ahead of
 * the pages that links lead to wait for idle moments (idle-prefetch.ts), and draws the bar shown while
 * the next page loads with a few lines of CSS instead of a library (route-progress.ts).
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The theme's start-up module that loads Prism, whichever copy of the theme the build resolves. */
const PRISM_START_UP = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;
const NOTHING = path.join(__dirname, 'nothing.js');
/** The theme's start-up module that draws a progress bar with the nprogress library. */
const THEME_PROGRESS_BAR = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]nprogress\.js$/;
const ROUTE_PROGRESS = path.join(__dirname, 'route-progress.ts');

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    getClientModules: () => [path.join(__dirname, 'idle-prefetch')],
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return { plugins: [new NormalModuleReplacementPlugin(PRISM_START_UP, NOTHING), new NormalModuleReplacementPlugin(THEME_PROGRESS_BAR, ROUTE_PROGRESS)] };
    },
  };
}
