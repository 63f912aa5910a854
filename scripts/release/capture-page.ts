/**
 * Turns one built page of a release into the plain page that is kept for it: the same markup and text,
 * the site's style sheet of the day the pages were archived, and no script. What needs a script goes
 * or becomes plain HTML:
 * - scripts, and links that preload or prefetch them, are removed;
 * - the search box becomes a form that opens the search page with the words typed (?q=);
 * - the buttons that only work with a script (the menu toggle on phones, the colour mode, "back to
 *   top", the collapsed table of contents) are removed; the navbar's menus open on hover with CSS alone;
 * - the page's Content-Security-Policy is the site's policy for a page without scripts.
 */
import * as cheerio from 'cheerio';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../../src/core/security/csp';

export interface CaptureOptions {
  /** The address of the kept style sheet, e.g. /assets/releases/1.0.0/styles.css */
  stylesheet: string;
  /** The search page of the page's language, e.g. /es/search */
  searchPage: string;
}

/** Elements that do nothing without the site's script. Class names of the theme end in a build hash. */
const SCRIPTED_ONLY = [
  'button.navbar__toggle',
  '[class*="colorModeToggle_"]',
  '.theme-back-to-top-button',
  'button[class*="tocCollapsibleButton_"]',
  '.navbar-sidebar',
  '.navbar-sidebar__backdrop',
];

export function capturePage(html: string, { stylesheet, searchPage }: CaptureOptions): string {
  const $ = cheerio.load(html);
  $('script').remove();
  $('link[rel="preload"][as="script"], link[rel="prefetch"], link[rel="modulepreload"]').remove();
  $('link[rel="stylesheet"]').attr('href', stylesheet);
  $('meta[http-equiv="Content-Security-Policy"]').remove();
  $('meta[charset]').after(contentSecurityPolicyMeta(contentSecurityPolicy({ scriptHashes: [] })));
  for (const selector of SCRIPTED_ONLY) $(selector).remove();
  $('input[type="search"]').each((_, input) => {
    const box = $(input).parent();
    $(input).attr('name', 'q').removeAttr('aria-controls').removeAttr('aria-keyshortcuts');
    box.find('kbd, [hidden]').remove();
    box.wrap(`<form role="search" method="get" action="${searchPage}"></form>`);
  });
  // The page was drawn on the server and is never hydrated: say so, so that styles keyed to hydration apply.
  $('html').removeAttr('data-has-hydrated');
  return $.html();
}
