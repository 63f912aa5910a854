/**
 * The inline scripts that plugins and themes put into every page through injectHtmlTags (e.g. the
 * theme's script that sets the colour mode before the first paint), as the built pages hold them.
 */
import { createRequire } from 'node:module';
import type { HtmlMinifierType } from '@docusaurus/bundler';
import { inlineScripts } from './inline-scripts';

export interface InjectedTags {
  headTags: string;
  preBodyTags: string;
  postBodyTags: string;
}

type Bundler = typeof import('@docusaurus/bundler');

/**
 * Docusaurus minifies each page after the tags are injected, inline scripts included, so a hash of the
 * tags as the plugins wrote them would not match the pages. The tags go through the very minifier the
 * build used (loaded the way @docusaurus/core loads it, so the versions cannot differ).
 */
async function loadMinifier(type: HtmlMinifierType) {
  const core = createRequire(__filename).resolve('@docusaurus/core/package.json');
  const { getHtmlMinifier } = createRequire(core)('@docusaurus/bundler') as Bundler;
  return getHtmlMinifier({ type });
}

/** The text of each inline script among the tags, as it appears in the built pages. */
export async function injectedInlineScripts(tags: InjectedTags, minifierType: HtmlMinifierType): Promise<string[]> {
  const page = `<!DOCTYPE html><html><head><meta charset="UTF-8">${tags.headTags}</head><body>${tags.preBodyTags}<div id="__docusaurus"></div>${tags.postBodyTags}</body></html>`;
  const { code } = await (await loadMinifier(minifierType)).minify(page);
  return inlineScripts(code).map((script) => script.text);
}
