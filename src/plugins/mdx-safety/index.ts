/**
 * The MDX safety plugin: contributed pages run as code, so every Markdown and MDX file the build
 * compiles is judged against the policy in src/core/mdx-policy.ts, inside the compiler, on the tree
 * MDX made. A page that breaks it stops the build with `file:line:column` and the fix.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { MdxSafetyWebpackPlugin } from './webpack-plugin';

export default function mdxSafetyPlugin(context: LoadContext): Plugin {
  return {
    name: 'mdx-safety',
    configureWebpack() {
      return { plugins: [new MdxSafetyWebpackPlugin(context.siteDir)] };
    },
  };
}
