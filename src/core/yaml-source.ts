/**
 * Parses YAML while keeping the position of every node, so that any problem found later (by a schema or
 * by a cross-file rule) can be reported at the line and column where the reader must look.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { WHOLE_FILE, type ContentError, type SourcePosition } from './errors';

/** A step into a YAML value: a key of a mapping or an index in a list. */
export type PathSegment = string | number;

export interface YamlSource {
  /** The file, relative to the project root. */
  readonly file: string;
  /** The parsed value, or undefined when the file could not be parsed. */
  readonly data: unknown;
  /** Where the value at `path` starts; with `target: 'key'`, where its key starts. */
  locate(path: readonly PathSegment[], target?: 'key' | 'value'): SourcePosition;
}

export interface ParsedYaml {
  source: YamlSource;
  errors: ContentError[];
}

const START: SourcePosition = { line: 1, column: 1 };

/**
 * Parses `text` as one YAML document. `lineOffset` is added to every line, for YAML that sits inside
 * another file (the front matter of an MDX page starts on line 2).
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // Only the first syntax problem is reported: the ones after it are most often its echoes.
  const errors: ContentError[] = document.errors.slice(0, 1).map((problem) => describeYamlProblem(file, text, problem, toPosition));
  const data = errors.length === 0 ? document.toJS({ maxAliasCount: 100 }) : undefined;
  const locate = (path: readonly PathSegment[], target: 'key' | 'value' = 'value'): SourcePosition => {
    const offset = findOffset(document, path, target);
    return offset === undefined ? { line: START.line + lineOffset, column: START.column } : toPosition(offset);
  };
  return { source: { file, data, locate }, errors };
}

/** Plain words for the YAML problems contributors meet most, at the place they need to look. */
function describeYamlProblem(file: string, text: string, problem: YAMLError, toPosition: (offset: number) => SourcePosition): ContentError {
  const offset = problem.pos[0];
  const at = { file, position: toPosition(offset) };
  const field = keyOfLine(text, offset);
  switch (problem.code) {
    case 'DUPLICATE_KEY':
      return { ...at, field: /^[^\s:]+/.exec(text.slice(offset))?.[0] ?? WHOLE_FILE, message: 'is written twice in the same block', fix: 'keep one of them and remove the other' };
    case 'TAB_AS_INDENT':
      return { ...at, field, message: 'a tab is used to indent this line', fix: 'indent with spaces only, two per level' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        ...at,
        field,
        message: 'this line does not fit the indentation around it, or a value holds ": "',
        fix: 'line the item up with the items above it; put a value that contains ": " in quotes',
      };
    default:
      if (problem.code === 'MISSING_CHAR' && /quote/.test(problem.message)) {
        // The parser notices at the end of the file; the reader needs the opening quote.
        const opening = Math.max(text.lastIndexOf('"', offset - 1), text.lastIndexOf("'", offset - 1));
        return {
          file,
          position: toPosition(Math.max(opening, 0)),
          field: keyOfLine(text, Math.max(opening, 0)),
          message: 'a quote is opened here but never closed',
          fix: 'add the closing quote at the end of the value',
        };
      }
      return { ...at, field, message: `the YAML cannot be read: ${firstLine(problem.message)}`, fix: 'check the indentation and the quotes on this line' };
  }
}

/** The key written on the line that holds `offset`, or "(file)" when the line has none. */
function keyOfLine(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*([\w-]+):/.exec(text.slice(start, text.includes('\n', start) ? text.indexOf('\n', start) : undefined))?.[1] ?? WHOLE_FILE;
}

/** The parser's own words, without the position it repeats (the error already has it). */
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+.*$/, '').replace(/\.$/, '');
}

/** The offset of the node at `path`, or of the nearest ancestor that exists. */
function findOffset(document: Document, path: readonly PathSegment[], target: 'key' | 'value'): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const partial = path.slice(0, depth);
    const wantKey = target === 'key' || depth < path.length;
    const offset = wantKey && depth > 0 ? keyOffset(document, partial) : valueOffset(document, partial);
    if (offset !== undefined) return offset;
  }
  return undefined;
}

function valueOffset(document: Document, path: readonly PathSegment[]): number | undefined {
  const node = (path.length === 0 ? document.contents : document.getIn(path, true)) as Node | null | undefined;
  return node?.range?.[0];
}

function keyOffset(document: Document, path: readonly PathSegment[]): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    const key = pair?.key as Node | undefined;
    return key?.range?.[0];
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last] as Node | undefined;
    return item?.range?.[0];
  }
  return undefined;
}
