import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_ALLOWLIST } from '../components/allowlist';
import { formatContentError } from './errors';
import { checkMdxSafety } from './mdx-safety';

const check = (body: string) => checkMdxSafety('page.mdx', `---\ntitle: T\n---\n\n${body}\n`).map(formatContentError);

describe('checkMdxSafety', () => {
  it('accepts Markdown, admonitions, comments and the components of the allow-list', () => {
    expect(
      check(
        [
          '# Title',
          ':::tip[Good to know]\nA tip.\n:::',
          '| a | b |\n|---|---|\n| 1 | 2 |',
          '{/* a note for editors */}',
          '<Activity title="Map it" group="Pairs" minutes="20">\n\nSteps.\n\n</Activity>',
          '<FacilitatorNote>\n\nAnswers.\n\n</FacilitatorNote>',
          'A link to [a standard](/standards/GOV-01) and [the ICA](https://ica.coop/).',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('accepts the imports the architecture allows', () => {
    expect(check("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Tabs>\n<TabItem value=\"a\">A</TabItem>\n</Tabs>")).toEqual([]);
  });

  it('refuses code and raw HTML, with the line where it is', () => {
    expect(check('Text.\n\n<div onMouseOver="x()">hi</div>')).toEqual([
      `page.mdx:7:1  <div>: raw HTML <div> is not allowed in pages (use Markdown, or one of: ${MDX_COMPONENT_ALLOWLIST.join(', ')})`,
      'page.mdx:7:1  <div> onMouseOver: event handlers are not allowed (remove the attribute)',
    ]);
    expect(check('<Activity title={name} group="Pairs" minutes="5">\n\nx\n\n</Activity>')).toEqual([
      'page.mdx:5:1  <Activity> title: attribute values in curly braces are code and are not allowed (write it as title="value")',
    ]);
    expect(check('[x][ref]\n\n[ref]: javascript:void(0)')[0]).toContain('javascript: links are not allowed');
  });

  it('reports text that cannot be read as MDX instead of crashing', () => {
    const [error] = check('A stray { brace');
    expect(error).toMatch(/^page\.mdx:5:\d+ {2}\(body\): the page cannot be read as MDX/);
  });
});
