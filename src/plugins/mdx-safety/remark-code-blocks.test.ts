import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkCodeBlocks, { HIGHLIGHTED_CODE_MODULE } from './remark-code-blocks';

const compiled = async (mdx: string) => String(await compile(mdx, { remarkPlugins: [remarkCodeBlocks], jsx: true }));

describe('remarkCodeBlocks', () => {
  it('gives a page with code the highlighted code block, with its language, options and text', async () => {
    const code = await compiled('# Bylaws\n\n```yaml title="bylaws.yaml"\nmembers: 5\nvote: "one member, one vote"\n```\n');
    expect(code).toContain(`import HighlightedCodeBlock from "${HIGHLIGHTED_CODE_MODULE}";`);
    expect(code).toContain(
      '<HighlightedCodeBlock className="language-yaml" metastring="title=&quot;bylaws.yaml&quot;" code="members: 5\nvote: &quot;one member, one vote&quot;" />',
    );
    expect(code).not.toContain('<_components.pre');
  });

  it('imports it once for many blocks, and leaves out the language of a block that names none', async () => {
    const code = await compiled('```\nfirst\n```\n\nText.\n\n```js\nsecond()\n```\n');
    expect(code.split(HIGHLIGHTED_CODE_MODULE)).toHaveLength(2);
    expect(code).toContain('<HighlightedCodeBlock code="first" />');
    expect(code).toContain('<HighlightedCodeBlock className="language-js" code="second()" />');
  });

  it('adds nothing to a page without a code block, inline code included', async () => {
    const code = await compiled('# Only words\n\nA `share` is one vote.\n');
    expect(code).not.toContain(HIGHLIGHTED_CODE_MODULE);
    expect(code).toContain('<_components.code>{"share"}</_components.code>');
  });
});
