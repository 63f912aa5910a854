/**
 * Docusaurus core writes one more inline script, through React Helmet rather than injectHtmlTags, into
 * the head of each language's home page only (when `baseUrlIssueBanner` is on, as by default): on a
 * site deployed under the wrong base URL, where the app's files fail to load, it shows a warning. Its
 * text names the language's base URL, so it differs per language and is read from the home page itself.
 */
import { inlineScripts } from './inline-scripts';

// The element ID Docusaurus gives the warning; it marks the script as the banner and nothing else.
const BANNER_CONTAINER = '__docusaurus-base-url-issue-banner-container';
// React Helmet's mark on the tags it wrote. SWC's HTML minifier drops the quotes around the value.
const HELMET_TAG = /\sdata-rh=(?:"true"|'true'|true)(?:\s|$)/;

/** The text of the base-URL banner script on this page, if the page is a home page that may carry it. */
export function baseUrlBannerScripts(html: string, page: { isHomePage: boolean; bannerEnabled: boolean }): string[] {
  if (!page.isHomePage || !page.bannerEnabled) return [];
  return inlineScripts(html)
    .filter(({ attributes, text }) => HELMET_TAG.test(attributes) && text.includes(`"${BANNER_CONTAINER}"`))
    .map(({ text }) => text);
}
