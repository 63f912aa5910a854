/**
 * The inline scripts of a built page, and their CSP hashes. A regular expression is enough here: the
 * pages are Docusaurus's own minified output, and a script's text ends at the first </script, exactly
 * as the browser's parser ends it.
 */
import { createHash } from 'node:crypto';

export interface InlineScript {
  /** The attributes as written in the opening tag, e.g. ` data-rh="true"`. */
  attributes: string;
  /** The text between the tags: what the browser runs and what a CSP hash is taken of. */
  text: string;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\ssrc\s*=/i;
const TYPE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * JSON data blocks (structured data for search engines) are never run, so no policy applies to them.
 * Any other type counts as code: an unusual type is checked rather than waved through.
 */
function isDataBlock(attributes: string): boolean {
  const match = TYPE.exec(attributes);
  if (!match) return false;
  const essence = (match[1] ?? match[2] ?? match[3] ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}

/** The page's scripts that run from the page's own text (no src), in the order they appear. */
export function inlineScripts(html: string): InlineScript[] {
  return [...html.matchAll(SCRIPT)].map(([, attributes = '', text = '']) => ({ attributes, text })).filter(({ attributes }) => !SRC.test(attributes) && !isDataBlock(attributes));
}

/** The base64 SHA-256 digest of a script's text, as a CSP hash source names it. */
export function scriptHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}
