/**
 * Contributed MDX runs as JavaScript, in the build and in every reader's browser, so a page may hold
 * only what the policy (mdx-policy.ts) allows. The check judges the parsed tree, never the text: the
 * build runs it on the tree MDX itself made (src/plugins/mdx-safety), and `npm run validate` on the
 * tree of the same parser (mdx-parse.ts). Everything else is refused, with the place and a fix.
 */
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import type { ContentError } from './errors';
import { judgeAttributes } from './mdx-attributes';
import { readPage, type PageSource } from './page-source';
import { ADMONITION_ATTRIBUTES, ADMONITION_KINDS, componentPolicy, FRONT_MATTER_ADDRESSES, MDX_COMPONENT_NAMES } from './mdx-policy';
import { judgeAddress } from './url-safety';
import { parseYamlSource } from './yaml-source';

interface Positioned {
  position?: { start: { line: number; column: number } };
}

const COMPONENTS = MDX_COMPONENT_NAMES.join(', ');

/** Checks the text of a page: parses it as the build does, then judges the tree. */
export function checkMdxSafety(file: string, text: string): ContentError[] {
  return checkPageSafety(readPage(file, text));
}

/** Judges a page already read (see page-source.ts); a page that cannot be read gives that problem. */
export function checkPageSafety(page: PageSource): ContentError[] {
  if (!page.tree) return page.errors.filter((error) => error.field === '(body)');
  return checkMdxTree(page.file, page.tree);
}

/** Judges a parsed page against the policy; returns every problem, in the order of the page. */
export function checkMdxTree(file: string, tree: Root): ContentError[] {
  const errors: ContentError[] = [];
  const at = (node: Positioned | undefined, field: string, message: string, fix: string) =>
    errors.push({ file, position: { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 }, field, message, fix });
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        for (const statement of esmStatements(node)) at(statement.place, statement.field, statement.message, statement.fix);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isEmptyProgram(node.data?.estree)) {
          at(
            node,
            '{expression}',
            'code in curly braces is not allowed in pages; only a comment like {/* a note */} may stand in braces',
            'remove the braces, or write them as &#123; and &#125; if you mean the characters',
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const policy = componentPolicy(name);
        if (!policy) {
          const raw = name === '' || /^[a-z]/.test(name);
          at(
            node,
            `<${name}>`,
            raw ? `raw HTML <${name}> is not allowed in pages` : `the component <${name}> is not allowed in pages`,
            `use Markdown, or one of the components: ${COMPONENTS}`,
          );
          break;
        }
        for (const problem of judgeAttributes(node, name, policy)) at(problem.place ?? node, problem.field, problem.message, problem.fix);
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const verdict = judgeAddress(node.url);
        if (!verdict.allowed) at(node, node.type, verdict.message, verdict.fix);
        break;
      }
      case 'html':
        at(node, 'html', 'raw HTML is not allowed in pages', 'use Markdown instead');
        break;
      case 'yaml':
        for (const problem of frontMatterAddressProblems(file, node.value, node.position?.start.line ?? 1))
          at({ position: { start: problem.position } }, problem.field, problem.message, problem.fix);
        break;
      case 'code':
        // The build unwraps these fences and reads what is inside as MDX.
        if (node.lang === 'mdx-code-block') at(node, 'code', 'an mdx-code-block fence is read by the build as MDX and is not allowed', 'show code in a fence marked md or text');
        break;
      case 'containerDirective':
      case 'leafDirective':
      case 'textDirective':
        for (const problem of directiveProblems(node)) at(node, problem.field, problem.message, problem.fix);
        break;
      default:
        break;
    }
  });
  return errors;
}

/** A comment in braces parses to a program with nothing in it; anything else is code. */
function isEmptyProgram(program: Program | null | undefined): boolean {
  return program !== null && program !== undefined && program.type === 'Program' && program.body.length === 0;
}

function esmStatements(node: MdxjsEsm): Array<{ place: Positioned; field: string; message: string; fix: string }> {
  const program = node.data?.estree;
  const statements = program && program.body.length > 0 ? program.body : [undefined];
  return statements.map((statement) => {
    const isExport = statement ? statement.type !== 'ImportDeclaration' : /^\s*export\b/.test(node.value);
    const line = statement?.loc?.start.line;
    const place: Positioned = line ? { position: { start: { line, column: (statement?.loc?.start.column ?? 0) + 1 } } } : node;
    return isExport
      ? { place, field: 'export', message: 'exports are not allowed in pages', fix: 'remove it; pages hold text, not code' }
      : {
          place,
          field: 'import',
          message: `imports are not allowed in pages: ${JSON.stringify(sourceText(node, line))}`,
          fix: `remove it; the components ${COMPONENTS} work on every page without an import`,
        };
  });
}

/** The first line of one statement of an ESM block, for the message. */
function sourceText(node: MdxjsEsm, line: number | undefined): string {
  const lines = node.value.split('\n');
  const index = line !== undefined && node.position ? line - node.position.start.line : 0;
  return (lines[index] ?? lines[0] ?? '').trim();
}

function directiveProblems(node: ContainerDirective | LeafDirective | TextDirective): Array<{ field: string; message: string; fix: string }> {
  const marker = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':';
  const written = `${marker}${node.name}`;
  // Fields name no colon, so that `file:line:column  field:` stays easy to read and to parse.
  const field = `${node.type === 'containerDirective' ? 'admonition' : 'directive'} ${node.name}`;
  const problems: Array<{ field: string; message: string; fix: string }> = [];
  const isAdmonition = node.type === 'containerDirective' && ADMONITION_KINDS.includes(node.name);
  if (node.type === 'containerDirective' && !isAdmonition) {
    problems.push({ field, message: `"${written}" is not a kind of admonition`, fix: `use one of ${ADMONITION_KINDS.map((kind) => `:::${kind}`).join(', ')}` });
  }
  for (const attribute of Object.keys(node.attributes ?? {})) {
    if (isAdmonition && ADMONITION_ATTRIBUTES.includes(attribute)) continue;
    problems.push({
      field: `${field} ${attribute}`,
      message: `attributes in braces are not allowed after "${written}"`,
      fix: isAdmonition ? 'give the title in square brackets, e.g. :::tip[Good to know]' : 'remove the braces and what is in them',
    });
  }
  return problems;
}

/**
 * Front-matter fields the site turns into addresses (the "edit this page" link, the social image):
 * judged by the same rule as links. Front matter that is not YAML is the front-matter check's to report.
 * `firstLine` is the line of the opening `---`; the YAML starts on the line after it.
 */
function frontMatterAddressProblems(
  file: string,
  source: string,
  firstLine: number,
): Array<{ position: { line: number; column: number }; field: string; message: string; fix: string }> {
  const parsed = parseYamlSource(file, source, firstLine);
  const data = parsed.source.data;
  if (!data || typeof data !== 'object') return [];
  return FRONT_MATTER_ADDRESSES.flatMap((key) => {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value !== 'string') return [];
    const verdict = judgeAddress(value);
    if (verdict.allowed) return [];
    return [{ position: parsed.source.locate([key], 'key'), field: key, message: verdict.message, fix: verdict.fix }];
  });
}
