/** Reads the YAML front matter of a Markdown or MDX page, keeping line numbers true to the page. */
import type { ContentError } from './errors';
import { parseYamlSource, type ParsedYaml } from './yaml-source';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?(\n|$)/;

export function parseFrontMatter(file: string, text: string): ParsedYaml {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    const missing: ContentError = {
      file,
      position: { line: 1, column: 1 },
      field: '(file)',
      message: 'has no front matter',
      fix: 'start the page with a block between two "---" lines that holds its title and the other required fields',
    };
    return { source: { file, data: undefined, locate: () => ({ line: 1, column: 1 }) }, errors: [missing] };
  }
  // The YAML starts on the line after the opening "---".
  return parseYamlSource(file, match[1] ?? '', 1);
}
