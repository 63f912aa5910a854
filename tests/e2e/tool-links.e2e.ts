/**
 * Links that hold a tool's inputs come from others. A damaged link, or one changed by hand, opens the
 * tool with its usual values and says so, in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { encodeToolState } from '../../src/core/tools/state-codec';
import { openPage, useChromium } from './support/chromium';

const browser = useChromium();
const TOOLS = ['patronage-calculator', 'buy-in-plan', 'decision-matrix', 'feasibility-worksheet', 'entity-comparison'];
// A link past the length cap is refused before it is unpacked (state-codec-limits.test.ts); it cannot
// be opened here, since web servers refuse addresses that long before the page loads.
const LINKS = {
  damaged: '1.damaged',
  'changed by hand': encodeToolState(['not', 'the', 'inputs', 'of', 'a', 'tool']),
};

describe('tool links from others', () => {
  for (const tool of TOOLS) {
    for (const [kind, value] of Object.entries(LINKS)) {
      it(`opens the ${tool} with its usual values and a notice when the link is ${kind}`, async () => {
        const page = await openPage(browser(), `/tools/${tool}?s=${value}`);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await expect(page.getByRole('alert').filter({ hasText: 'could not be read' }).textContent()).resolves.toContain('starts from its usual values');
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('says so in Spanish on the Spanish page', async () => {
    const page = await openPage(browser(), `/es/tools/patronage-calculator?s=${LINKS.damaged}`);
    await expect(page.getByRole('alert').filter({ hasText: 'No se pudieron leer' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('shows no notice for a tool opened without a link, and leaves its address alone until the reader changes something', async () => {
    const page = await openPage(browser(), '/tools/buy-in-plan');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).resolves.toBe(0);
    // The tool writes a change into the address a quarter of a second after it; wait longer than that.
    await page.waitForTimeout(600);
    expect(new URL(page.url()).search).toBe('');
    await page.getByLabel('Number of pay periods', { exact: true }).fill('12');
    await page.waitForURL(/[?&]s=/);
    await page.close();
  });
});
