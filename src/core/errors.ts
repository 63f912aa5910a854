/**
 * Content errors are for people: each names the file, line and column, the field, what is wrong and
 * how to fix it, e.g.
 * `standards/governance/GOV-03.yaml:7:3  level: "core-ish" is not one of core, recommended, advanced (use one of them)`.
 */

/** A place in a source file. Lines and columns count from 1. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ContentError {
  /** The file, relative to the project root, with forward slashes. */
  file: string;
  /** Where in the file the problem is. */
  position: SourcePosition;
  /** The field in dotted form, e.g. `sources[0].year`; `(file)` when the whole file is concerned. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it. */
  fix: string;
  /**
   * A warning is reported but does not stop the build (a stale translation: the page still works, with
   * a notice). Anything else is an error.
   */
  severity?: 'warning';
}

export const WHOLE_FILE = '(file)';

export function formatContentError(error: ContentError): string {
  const { file, position, field, message, fix, severity } = error;
  const label = severity === 'warning' ? 'warning: ' : '';
  return `${file}:${position.line}:${position.column}  ${label}${field}: ${message} (${fix})`;
}

export function isWarning(error: ContentError): boolean {
  return error.severity === 'warning';
}

/** Sorts errors by file, then position, so that reports read top to bottom and never change order. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.position.line - b.position.line ||
      a.position.column - b.position.column ||
      compareText(a.field, b.field) ||
      compareText(a.message, b.message),
  );
}

/** Thrown by `loadLibraryOrThrow` when any content file is invalid; its message lists every error. */
export class ContentValidationError extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    const lines = errors.map(formatContentError);
    super(`${describeErrorCount(errors)}\n${lines.join('\n')}`);
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}

export function describeErrorCount(errors: readonly ContentError[], noun = 'problem'): string {
  const files = new Set(errors.map((error) => error.file)).size;
  const problems = errors.length === 1 ? `1 ${noun}` : `${errors.length} ${noun}s`;
  return `${problems} in ${files === 1 ? '1 file' : `${files} files`}`;
}

/** Compares by UTF-16 code units, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
