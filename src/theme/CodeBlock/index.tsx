/**
 * The theme's code block without a highlighter. The classic theme would give every page Prism (about
 * 26 KB gzip) in the script all pages load, although the library's pages hardly ever show code. A
 * fenced block in a page becomes the highlighted block instead, imported by that page alone
 * (src/plugins/mdx-safety/remark-code-blocks.ts, and Highlighted.tsx here); this one draws any other
 * code block as plain text. See src/plugins/lean-client for the start-up module it replaces.
 */
import type { Props } from '@theme/CodeBlock';
import clsx from 'clsx';
import type { ReactNode } from 'react';

export default function CodeBlock({ children, className }: Props): ReactNode {
  return (
    <pre className={clsx('plain-code-block', className)}>
      <code>{children}</code>
    </pre>
  );
}
