/**
 * The plain page of a pack folder, so that /downloads/<version>/ opens on any static host: each file
 * with its size. It runs no script and asks nothing of any server.
 */
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../../security/csp';

// The site's policy, with no inline script allowed.
const PACK_PAGE_POLICY = contentSecurityPolicyMeta(contentSecurityPolicy({ scriptHashes: [] }));

export function packIndexPage(edition: string, version: string, files: ReadonlyMap<string, Buffer>): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const rows = [...files.entries()]
    .filter(([name]) => name !== 'index.html')
    .map(([name, content]) => `<li><a href="${escape(name)}">${escape(name)}</a> (${Math.max(1, Math.round(content.length / 1024))} KB)</li>`)
    .join('\n');
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">${PACK_PAGE_POLICY}<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(edition)} ${escape(version)}: downloads</title></head>\n<body>\n<h1>${escape(edition)} ${escape(version)}</h1>\n<p>Every file of this release. Check them with <code>sha256sum -c SHA256SUMS</code>.</p>\n<ul>\n${rows}\n</ul>\n</body>\n</html>\n`;
}
