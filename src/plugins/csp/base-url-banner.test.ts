import { describe, expect, it } from 'vitest';
import { baseUrlBannerScripts } from './base-url-banner';

const BANNER = 'function insertBanner(){var n=document.createElement("div");n.id="__docusaurus-base-url-issue-banner-container"}';
const home = `<head><script data-rh="true">${BANNER}</script><script data-rh="true">other()</script></head><body><script>theme()</script></body>`;

describe('baseUrlBannerScripts', () => {
  it("finds Docusaurus's base-URL banner script on a home page", () => {
    expect(baseUrlBannerScripts(home, { isHomePage: true, bannerEnabled: true })).toEqual([BANNER]);
  });

  it('finds it in a page minified by SWC, which drops the quotes around the mark of React Helmet', () => {
    expect(baseUrlBannerScripts(`<head><script data-rh=true>${BANNER}</script></head>`, { isHomePage: true, bannerEnabled: true })).toEqual([BANNER]);
    expect(baseUrlBannerScripts(`<head><script data-rh=truer>${BANNER}</script></head>`, { isHomePage: true, bannerEnabled: true })).toEqual([]);
  });

  it('finds nothing on any other page, even one that carries the same script', () => {
    expect(baseUrlBannerScripts(home, { isHomePage: false, bannerEnabled: true })).toEqual([]);
  });

  it('finds nothing when the site turned the banner off', () => {
    expect(baseUrlBannerScripts(home, { isHomePage: true, bannerEnabled: false })).toEqual([]);
  });

  it('does not take a script for the banner because it mentions it outside a head tag of React Helmet', () => {
    expect(baseUrlBannerScripts(`<body><script>${BANNER}</script></body>`, { isHomePage: true, bannerEnabled: true })).toEqual([]);
  });
});
