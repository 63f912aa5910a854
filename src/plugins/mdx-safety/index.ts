/**
 * The MDX safety plugin: contributed pages run as code, so every Markdown and MDX file the build
 * compiles is judged against the policy in src/core/mdx-policy.ts, inside the compiler, on the tree
 * MDX made. A page that breaks it stops the build with `file:line:column` and the fix.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { MdxSafetyWebpackPlugin } from './webpack-plugin';

// The files the check is made of. Webpack's cache keeps compiled pages until one of these changes, so
// that a page compiled under an older policy is judged again under the new one.
const CHECK_FILES = [
  ...['mdx-policy.ts', 'mdx-safety.ts', 'mdx-attributes.ts', 'mdx-parse.ts', 'url-safety.ts'].map((file) => path.join(__dirname, '../../core', file)),
  `${__dirname}${path.sep}`,
];

export default function mdxSafetyPlugin(context: LoadContext): Plugin {
  return {
    name: 'mdx-safety',
    configureWebpack(config) {
      const cached = typeof config.cache === 'object' && config.cache.type === 'filesystem';
      return { plugins: [new MdxSafetyWebpackPlugin(context.siteDir)], ...(cached ? { cache: { type: 'filesystem', buildDependencies: { mdxSafety: CHECK_FILES } } } : {}) };
    },
  };
}
