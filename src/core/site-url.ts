/**
 * The site's address. `SITE_URL` names where it is published (`https://example.org`, or with a path such
 * as `https://org.github.io/library`); `BASE_PATH` may name the path on its own (`/library/`). Without
 * either, the library's own address at its root. Downloads, feeds and citations name the full public
 * address; a release's archived pack keeps the address it was cut with.
 */
export const LIBRARY_SITE_URL = 'https://worker-coop-library.github.io';

export interface SiteAddress {
  /** Scheme and host, no path and no trailing slash: Docusaurus's `url`. */
  url: string;
  /** The path the site lives under, with a slash at each end (`/` at a domain root): Docusaurus's `baseUrl`. */
  baseUrl: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Reads SITE_URL and BASE_PATH; a malformed value stops the build with a message that says how to fix it. */
export function siteAddressFromEnvironment(env: Environment = process.env): SiteAddress {
  const given = env.SITE_URL?.trim() || LIBRARY_SITE_URL;
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw new Error(`SITE_URL is not an address: "${given}". Give the full address, such as https://example.org or https://example.github.io/library.`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash) {
    throw new Error(`SITE_URL must be an http(s) address without "?" or "#": "${given}". Give one such as https://example.org/library.`);
  }
  const fromUrl = normalizeBasePath(parsed.pathname, 'SITE_URL');
  const fromSetting = env.BASE_PATH?.trim() ? normalizeBasePath(env.BASE_PATH.trim(), 'BASE_PATH') : undefined;
  if (fromSetting && fromUrl !== '/' && fromSetting !== fromUrl) {
    throw new Error(`SITE_URL ends in the path ${fromUrl} but BASE_PATH is ${fromSetting}. Give the path once: in SITE_URL or in BASE_PATH.`);
  }
  return { url: parsed.origin, baseUrl: fromSetting ?? fromUrl };
}

/** The public address of the site's root, without a trailing slash: `https://org.github.io/library`. */
export function publicSiteUrl(address: SiteAddress): string {
  return `${address.url}${address.baseUrl}`.replace(/\/$/, '');
}

/** The public address as releases and packs name it (from SITE_URL and BASE_PATH). */
export function siteUrlFromEnvironment(env: Environment = process.env): string {
  return publicSiteUrl(siteAddressFromEnvironment(env));
}

function normalizeBasePath(value: string, setting: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`${setting} has a path that cannot be a folder of the site: "${value}". Use letters, digits, "-", "_" or "." between slashes, such as /library/.`);
  }
  return `/${trimmed}/`;
}
