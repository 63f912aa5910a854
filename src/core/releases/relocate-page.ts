/**
 * A release's kept pages were captured at the site's root, so their addresses start with `/`. When the
 * site is published under a base path (`/library/`), the copy served moves each root-relative address of
 * an `href`, `src` or `action` under that path. The kept file and its SHA256SUMS do not change, and at a
 * domain root the copy is the kept file byte for byte (apart from the release's corrections).
 */
const ROOT_RELATIVE = /(\s(?:href|src|action)=["']?)\/(?![/\\])/g;

export function relocateKeptPage(html: string, baseUrl: string): string {
  if (baseUrl === '/') return html;
  if (!/^\/.+\/$/.test(baseUrl)) throw new Error(`relocateKeptPage: the base path "${baseUrl}" must start and end with "/", such as /library/.`);
  return html.replace(ROOT_RELATIVE, (_match, attribute: string) => `${attribute}${baseUrl}`);
}
