import { describe, expect, it } from 'vitest';
import { formatContentError } from './errors';
import { checkMdxSafety, checkMdxTree } from './mdx-safety';
import { parseTree } from './mdx-parse';
import { MDX_COMPONENT_NAMES } from './mdx-policy';

const COMPONENTS = MDX_COMPONENT_NAMES.join(', ');
// The body starts on line 5, after three lines of front matter and a blank line.
const check = (body: string, frontMatter = 'title: T') => checkMdxSafety('page.mdx', `---\n${frontMatter}\n---\n\n${body}\n`).map(formatContentError);
const SCHEME_FIX = 'link to a page of the site, such as /standards/GOV-01 or #a-heading, or to a web address that starts with https://';

describe('checkMdxSafety', () => {
  it('accepts Markdown, admonitions, comments and the components of the policy', () => {
    expect(
      check(
        [
          '# Title',
          ':::tip[Good to know]\nA tip.\n:::',
          ':::note{title="Read first"}\nA note.\n:::',
          '| a | b |\n|---|---|\n| 1 | 2 |',
          '{/* a note for editors */}',
          '<!-- an HTML comment, dropped by the build -->',
          'Time: 10:30, a ratio 2:1 and a:b.',
          '<Activity title="Map it" group="Pairs" minutes="20">\n\nSteps.\n\n</Activity>',
          '<FacilitatorNote>\n\nAnswers.\n\n</FacilitatorNote>',
          '<CurriculumOverview />',
          'Links: [a standard](/standards/GOV-01), [the ICA](https://ica.coop/), www.example.org, [mail](mailto:a@example.org), [here](#title).',
          '![A chart](./chart.png)',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it("refuses imports, even of the site's own components", () => {
    expect(check("import Tabs from '@theme/Tabs';\nimport fs from 'node:fs';")).toEqual([
      `page.mdx:5:1  import: imports are not allowed in pages: "import Tabs from '@theme/Tabs';" (remove it; the components ${COMPONENTS} work on every page without an import)`,
      `page.mdx:6:1  import: imports are not allowed in pages: "import fs from 'node:fs';" (remove it; the components ${COMPONENTS} work on every page without an import)`,
    ]);
  });

  it('refuses exports', () => {
    expect(check('export const leak = process.env;')).toEqual(['page.mdx:5:1  export: exports are not allowed in pages (remove it; pages hold text, not code)']);
  });

  it('refuses code in braces, judged on the parsed program and not on the text around it', () => {
    const refused =
      'code in curly braces is not allowed in pages; only a comment like {/* a note */} may stand in braces (remove the braces, or write them as &#123; and &#125; if you mean the characters)';
    expect(check('Total: {1 + 1}.')).toEqual([`page.mdx:5:8  {expression}: ${refused}`]);
    expect(check('{/* looks like a comment */ alert(1) /* but is not */}')).toEqual([`page.mdx:5:1  {expression}: ${refused}`]);
    expect(check('{/* a */}{/* b */ }')).toEqual([]);
  });

  it('refuses raw HTML and components outside the policy', () => {
    expect(check('Before.\n\n<script>alert(1)</script>\n\n<Tracker id="x" />\n\n<>fragment</>')).toEqual([
      `page.mdx:7:1  <script>: raw HTML <script> is not allowed in pages (use Markdown, or one of the components: ${COMPONENTS})`,
      `page.mdx:9:1  <Tracker>: the component <Tracker> is not allowed in pages (use Markdown, or one of the components: ${COMPONENTS})`,
      `page.mdx:11:1  <>: raw HTML <> is not allowed in pages (use Markdown, or one of the components: ${COMPONENTS})`,
    ]);
  });

  it('refuses raw HTML in a page that asks to be plain Markdown', () => {
    expect(check('<img src="x" onerror="alert(1)">', 'title: T\nmdx:\n  format: md').map((line) => line.replace(/^page\.mdx:7/, 'page.mdx:L'))).toEqual([
      'page.mdx:L:1  html: raw HTML is not allowed in pages (use Markdown instead)',
    ]);
  });

  it('refuses attributes a component does not take, spreads, code values, and values of the wrong shape', () => {
    expect(check('<FacilitatorNote tone="loud" {...props}>\n\nx\n\n</FacilitatorNote>')).toEqual([
      'page.mdx:5:18  <FacilitatorNote> tone: <FacilitatorNote> takes no attributes (remove the attribute)',
      'page.mdx:5:30  <FacilitatorNote>: attributes spread from code ({...}) are not allowed (write each attribute as name="value")',
    ]);
    expect(check('<Activity title={name} group="Pairs" minutes="5" onClick="x()">\n\nx\n\n</Activity>')).toEqual([
      'page.mdx:5:11  <Activity> title: a value in curly braces is code and is not allowed (write it as title="value")',
      'page.mdx:5:50  <Activity> onClick: <Activity> takes only title, group, minutes (remove the attribute)',
    ]);
    expect(check(`<Activity title="${'x'.repeat(121)}" group minutes="0">\n\nx\n\n</Activity>`)).toEqual([
      'page.mdx:5:11  <Activity> title: is 121 characters long; the most is 120 (shorten it)',
      'page.mdx:5:141  <Activity> group: has no value (write it as group="value" (who works together, e.g. "Pairs"))',
      'page.mdx:5:147  <Activity> minutes: "0" is not a whole number from 1 to 480 (write digits only, e.g. "1")',
    ]);
    expect(check('<Activity title="A" title="B" minutes="5">\n\nx\n\n</Activity>')).toEqual([
      'page.mdx:5:21  <Activity> title: is given twice (keep one of them)',
      'page.mdx:5:1  <Activity> group: is missing; <Activity> needs it (who works together, e.g. "Pairs") (add group="value")',
    ]);
  });

  it('refuses links, images and definitions to schemes other than http, https and mailto, however they are spelled', () => {
    expect(check('[a](jav&#x61;script:alert(1)) ![b](data:image/svg+xml,x)\n\n[c][r]\n\n[r]: &#86;BSCRIPT&colon;x')).toEqual([
      `page.mdx:5:1  link: the address "javascript:alert(1)" uses "javascript:", which pages may not link to; only http:, https:, mailto: and addresses within the site are allowed (${SCHEME_FIX})`,
      `page.mdx:5:31  image: the address "data:image/svg+xml,x" uses "data:", which pages may not link to; only http:, https:, mailto: and addresses within the site are allowed (${SCHEME_FIX})`,
      `page.mdx:9:1  definition: the address "VBSCRIPT:x" uses "vbscript:", which pages may not link to; only http:, https:, mailto: and addresses within the site are allowed (${SCHEME_FIX})`,
    ]);
  });

  it('refuses every spelling of a forbidden scheme that Markdown keeps as a link', () => {
    const spellings = [
      'javascript:',
      'JaVaScRiPt:',
      '&#106;avascript:',
      '&#x6A;avascript&#x3A;',
      '&#0000106avascript:',
      'java&#9;script:',
      'java&Tab;script:',
      'javascript&colon;',
      ' javascript:',
      'java%73cript:',
      '&amp;#106;avascript:',
    ];
    for (const spelling of spellings) {
      for (const page of [`[x](<${spelling}alert(1)>)`, `![x](<${spelling}alert(1)>)`, `[x][r]\n\n[r]: <${spelling}alert(1)>`]) {
        expect(check(page).length, page).toBe(1);
      }
    }
  });

  it('refuses attributes on directives, other than the title of an admonition, and unknown admonitions', () => {
    expect(check(':::note{onclick="x"}\nA.\n:::\n\n:::popup\nB.\n:::\n\nSee :abbr[ICA]{title="x"}.')).toEqual([
      'page.mdx:5:1  admonition note onclick: attributes in braces are not allowed after ":::note" (give the title in square brackets, e.g. :::tip[Good to know])',
      'page.mdx:9:1  admonition popup: ":::popup" is not a kind of admonition (use one of :::note, :::tip, :::info, :::warning, :::danger, :::caution, :::important, :::success, :::secondary)',
      'page.mdx:13:5  directive abbr title: attributes in braces are not allowed after ":abbr" (remove the braces and what is in them)',
    ]);
  });

  it('refuses front-matter addresses the site links to, such as the edit link, to other schemes', () => {
    expect(check('Text.', 'title: T\ncustom_edit_url: "JAVASCRIPT:alert(1)"\nimage: https://example.org/a.png')).toEqual([
      `page.mdx:3:1  custom_edit_url: the address "JAVASCRIPT:alert(1)" uses "javascript:", which pages may not link to; only http:, https:, mailto: and addresses within the site are allowed (${SCHEME_FIX})`,
    ]);
  });

  it('refuses mdx-code-block fences, which the build reads as MDX', () => {
    expect(check('```mdx-code-block\nimport fs from "node:fs";\n```')).toEqual([
      'page.mdx:5:1  code: an mdx-code-block fence is read by the build as MDX and is not allowed (show code in a fence marked md or text)',
    ]);
  });

  it('reports text that cannot be read as MDX instead of crashing', () => {
    const [error] = check('A stray { brace');
    expect(error).toMatch(/^page\.mdx:5:\d+ {2}\(body\): the page cannot be read as MDX/);
  });

  it('names the file it was given, also for a text it has judged before', () => {
    const text = '---\ntitle: T\n---\n\n{danger()}\n';
    expect(checkMdxSafety('a.mdx', text)[0]?.file).toBe('a.mdx');
    expect(checkMdxSafety('versioned_docs/version-1.0.0/a.mdx', text)[0]?.file).toBe('versioned_docs/version-1.0.0/a.mdx');
  });
});

describe('checkMdxTree', () => {
  it('refuses an expression whose parsed program is missing, rather than trusting its text', () => {
    const tree = parseTree('{/* note */}\n', 'mdx');
    const expression = tree.children[0] as { data?: unknown };
    delete expression.data;
    expect(checkMdxTree('page.mdx', tree).map((error) => error.field)).toEqual(['{expression}']);
  });
});
