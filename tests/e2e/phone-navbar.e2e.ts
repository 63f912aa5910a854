/**
 * On a phone the navbar holds the menu button, the logo, the site's title and the search box in one
 * row. None of them may cover another, in either language, at the narrow widths phones have, and the
 * page itself does not scroll sideways.
 */
import { describe, expect, inject, it } from 'vitest';
import { openHydrated, useChromium } from './support/chromium';

const baseUrl = inject('baseUrl');
const browser = useChromium();

interface Box {
  readonly name: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe.each([320, 360, 390])('the navbar at %i px', (width) => {
  it.each(['/', '/es/', '/standards/GOV-01', '/es/standards/GOV-01'])('keeps its items apart on %s', async (address) => {
    const page = await browser().newPage({ viewport: { width, height: 740 } });
    await openHydrated(page, `${baseUrl}${address}`);
    const boxes = await page.evaluate(() =>
      (
        [
          ['menu button', '.navbar__toggle'],
          ['logo', '.navbar__logo'],
          ['title', '.navbar__title'],
          ['search box', '.navbar input[type="search"]'],
        ] as const
      ).map(([name, selector]) => {
        const element = document.querySelector(selector);
        const box = element?.getBoundingClientRect();
        return { name, found: Boolean(box && box.width > 0), left: box?.left ?? 0, right: box?.right ?? 0, top: box?.top ?? 0, bottom: box?.bottom ?? 0 };
      }),
    );
    for (const box of boxes) expect(box.found, `${box.name} on ${address}`).toBe(true);
    const crossings = boxes.flatMap((a, index) =>
      boxes
        .slice(index + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.name} covers ${b.name}`),
    );
    expect(crossings, `${address} at ${width} px`).toEqual([]);
    // Everything stays on the screen: nothing is pushed past its right edge, and the page does not scroll sideways.
    for (const box of boxes) expect(box.right, `${box.name} on ${address}`).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${address} at ${width} px`).toBeLessThanOrEqual(width);
    await page.close();
  });
});
