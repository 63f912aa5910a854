/**
 * The safety check as a remark plugin. It is put first in every MDX compiler of the build, so it
 * judges the very tree MDX parsed, before any other plugin has changed it, and stops the build with
 * every problem of the file, each as `file:line:column  field: what is wrong (how to fix it)`.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { formatContentError } from '../../core/errors';
import { checkMdxTree } from '../../core/mdx-safety';

export interface RemarkCheckOptions {
  /** The site's folder: files are named relative to it, as `npm run validate` names them. */
  siteDir: string;
}

/**
 * The error that stops the build: every problem of the page, one per line. A plain Error, so that
 * webpack's cache can store it like any other build error.
 */
export function unsafePageError(lines: readonly string[]): Error {
  return new Error(`This page holds what pages may not hold, so the build stopped:\n${lines.join('\n')}\nSee "What a page may hold" in CONTRIBUTING.md.`);
}

export default function remarkMdxSafetyCheck(options: RemarkCheckOptions) {
  return (tree: Root, file: VFile): void => {
    const name = path.relative(options.siteDir, file.path).split(path.sep).join('/');
    const errors = checkMdxTree(name, tree);
    if (errors.length > 0) throw unsafePageError(errors.map(formatContentError));
  };
}
