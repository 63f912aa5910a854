/**
 * The MDX safety plugin: contributed pages run as code, so every Markdown and MDX file the build
 * compiles is judged against the policy in src/core/mdx-policy.ts, inside the compiler, on the tree
 * MDX made. A page that breaks it stops the build with `file:line:column` and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { MdxSafetyWebpackPlugin } from './webpack-plugin';

// The files the check is made of. The bundler's cache keeps compiled pages until one of these changes,
// so that a page compiled under an older policy is judged again under the new one.
const CHECK_FILES = [
  ...['mdx-policy.ts', 'mdx-safety.ts', 'mdx-attributes.ts', 'mdx-parse.ts', 'url-safety.ts'].map((file) => path.join(__dirname, '../../core', file)),
  ...fs
    .readdirSync(__dirname)
    .filter((file) => /\.ts$/.test(file) && !file.endsWith('.test.ts'))
    .map((file) => path.join(__dirname, file)),
];

export default function mdxSafetyPlugin(context: LoadContext): Plugin {
  return {
    name: 'mdx-safety',
    configureWebpack(config) {
      const plugins = [new MdxSafetyWebpackPlugin(context.siteDir)];
      // Webpack's file system cache names its dependencies by group; Rspack's persistent cache (Docusaurus
      // Faster) lists them. Either way the lists are merged with those Docusaurus gives.
      if (typeof config.cache === 'object' && config.cache.type === 'filesystem') return { plugins, cache: { type: 'filesystem', buildDependencies: { mdxSafety: CHECK_FILES } } };
      const experiments = config.experiments as { cache?: { type?: string } } | undefined;
      if (experiments?.cache?.type === 'persistent') return { plugins, experiments: { cache: { type: 'persistent', buildDependencies: CHECK_FILES } } } as never;
      return { plugins };
    },
  };
}
