/**
 * The site's address: SITE_URL when a deployment sets it, or the library's own address. Downloads and
 * feeds name it; a release's archived pack keeps the address it was cut with.
 */
export const LIBRARY_SITE_URL = 'https://worker-coop-library.github.io';

export function siteUrlFromEnvironment(): string {
  return process.env.SITE_URL ?? LIBRARY_SITE_URL;
}
