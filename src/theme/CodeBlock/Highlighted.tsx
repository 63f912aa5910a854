/**
 * The theme's code block with Prism and the site's extra Prism languages, for the pages that show code:
 * each such page imports it for its fenced blocks (src/plugins/mdx-safety/remark-code-blocks.ts), so
 * Prism travels with those pages only. Prism gets its languages here rather than at start-up.
 */
import CodeBlock from '@theme-original/CodeBlock';
import prismIncludeLanguages from '@theme/prism-include-languages';
import { Prism } from 'prism-react-renderer';
import type { ReactNode } from 'react';

prismIncludeLanguages(Prism as never);

export default function HighlightedCodeBlock({ code, className, metastring }: { code: string; className?: string; metastring?: string }): ReactNode {
  return (
    <CodeBlock className={className} metastring={metastring}>
      {code}
    </CodeBlock>
  );
}
