/**
 * One page's share of the work: refuse an inline script the policy was not made for, then put the
 * policy's <meta> element first in <head>, straight after <meta charset>. A CSP in a <meta> element only
 * governs what comes after it, so nothing may load before it.
 */
import { inlineScripts, scriptHash } from './inline-scripts';

const HEAD = /<head(?:\s[^>]*)?>/i;
const CHARSET = /^\s*<meta\s+charset\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)\s*\/?>/i;
const ANY_POLICY_META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b[^>]*>/gi;

/**
 * Throws, naming the page, when it has an inline script whose hash is not among the allowed ones.
 * Silently allowing it would be the one thing the policy is there to prevent.
 */
export function refuseUnknownInlineScripts(html: string, page: string, allowedHashes: ReadonlySet<string>): void {
  for (const { text } of inlineScripts(html)) {
    const hash = scriptHash(text);
    if (allowedHashes.has(hash)) continue;
    const preview = text.replace(/\s+/g, ' ').trim().slice(0, 80);
    throw new Error(
      `The page ${page} has an inline script that is not one of the site's known head or body tags, so the Content-Security-Policy does not allow it (sha256-${hash}): "${preview}". ` +
        'Load scripts from files, or inject the tag from a plugin (injectHtmlTags) so that its hash joins the policy.',
    );
  }
}

/**
 * The page with the policy's <meta> element first in <head>. Running it again changes nothing; a page
 * that already sets a different policy is refused, since the policy is stated in one place.
 */
export function withPolicyMeta(html: string, meta: string, page: string): string {
  const others = (html.match(ANY_POLICY_META) ?? []).filter((found) => found !== meta);
  if (others.length > 0) throw new Error(`The page ${page} sets its own Content-Security-Policy (${others[0]}); the site's policy is set in src/core/security/csp.ts.`);
  const bare = html.split(meta).join('');
  const head = HEAD.exec(bare);
  if (!head) throw new Error(`The page ${page} has no <head> to put the Content-Security-Policy in.`);
  let at = head.index + head[0].length;
  const charset = CHARSET.exec(bare.slice(at));
  if (charset) at += charset[0].length;
  return `${bare.slice(0, at)}${meta}${bare.slice(at)}`;
}
