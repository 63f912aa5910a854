import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';
import { PAGE_TEMPLATES, RELEASE_PAGE_TEMPLATES } from './support/templates';

const baseUrl = inject('baseUrl');
const browser = useChromium();

// One page of each template, in both languages and both colour themes.
describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const language of ['', '/es']) {
    for (const theme of ['light', 'dark'] as const) {
      // Kept pages of a release carry no script, so no theme but the light one: one run each is enough.
      const templates = theme === 'light' ? { ...PAGE_TEMPLATES, ...RELEASE_PAGE_TEMPLATES } : PAGE_TEMPLATES;
      for (const [template, path] of Object.entries(templates)) {
        it(`has no violation on the ${template} page (${language ? 'Spanish' : 'English'}, ${theme})`, async () => {
          const page = await browser().newPage({ colorScheme: theme });
          await openHydrated(page, `${baseUrl}${language}${path}`);
          expect(await accessibilityViolations(page)).toEqual([]);
          await page.close();
        });
      }
    }
  }
});
