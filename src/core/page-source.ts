/**
 * Reads a Markdown or MDX page once: its front matter, with the place of every field, and the tree the
 * build makes of it. The safety check, the lesson rules, the link check and the search sections all
 * read what this returns; none of them looks at the text again.
 */
import type { Root, Yaml } from 'mdast';
import { WHOLE_FILE, type ContentError } from './errors';
import { formatOf, parseTree, unreadable, type PageFormat } from './mdx-parse';
import type { TreeParser } from './page-cache';
import { parseYamlSource, type YamlSource } from './yaml-source';

export interface PageSource {
  /** Relative to the project root, with forward slashes. */
  readonly file: string;
  readonly format: PageFormat;
  /** The front matter; its `data` is undefined when the page has none or it is not YAML. */
  readonly frontMatter: YamlSource;
  /** The page as the build reads it; undefined when it cannot be read. */
  readonly tree?: Root;
  /** The line of the front matter's closing `---` (0 without front matter): the body starts after it. */
  readonly frontMatterEnd: number;
  /** Why the page or its front matter cannot be read. */
  readonly errors: readonly ContentError[];
}

const NO_FRONT_MATTER: ContentError = {
  file: '',
  position: { line: 1, column: 1 },
  field: WHOLE_FILE,
  message: 'has no front matter',
  fix: 'start the page with a block between two "---" lines that holds its title and the other required fields',
};

/**
 * Parses a page. The front matter decides the format, and it sits in the tree of either format, so a
 * page is parsed as MDX first and again as Markdown only when its front matter asks for that (or when
 * MDX cannot read it, to find out whether it had to).
 */
export function readPage(file: string, text: string, options: { frontMatterRequired?: boolean; parse?: TreeParser } = {}): PageSource {
  const parse = options.parse ?? parseTree;
  let tree: Root | undefined;
  let problem: ContentError | undefined;
  try {
    tree = parse(text, 'mdx');
  } catch (error) {
    problem = unreadable(file, error);
  }
  const yaml = frontMatterNode(tree ?? parse(text, 'md'));
  const parsed = yaml ? parseYamlSource(file, yaml.value, yaml.position?.start.line ?? 1) : undefined;
  const format = formatOf(file, parsed?.source.data);
  if (format === 'md') {
    tree = parse(text, 'md');
    problem = undefined;
  }
  const errors = [...(problem ? [problem] : []), ...(parsed?.errors ?? [])];
  if (!yaml && options.frontMatterRequired) errors.push({ ...NO_FRONT_MATTER, file });
  const frontMatter = parsed?.source ?? { file, data: undefined, locate: () => ({ line: 1, column: 1 }) };
  return { file, format, frontMatter, tree, frontMatterEnd: yaml?.position?.end.line ?? 0, errors };
}

function frontMatterNode(tree: Root): Yaml | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' ? first : undefined;
}
