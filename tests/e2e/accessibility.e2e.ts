import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const first = library.snapshots[0]!.version;
const newest = library.snapshots.at(-1)!.version;
const retired = library.standards.find((standard) => standard.status === 'retired');
const browser = useChromium();

// One page of each template, in both languages and both colour themes.
const TEMPLATES = {
  home: '/',
  'standards index': '/standards',
  'filtered standards index': '/standards?level=core',
  standard: `/standards/${library.standards[0]!.id}`,
  domain: `/standards/domains/${library.domains[0]!.id}`,
  glossary: '/glossary',
  'docs page': '/guides/using-the-standards',
  releases: '/releases',
  release: `/releases/${newest}`,
  'release comparison': first === newest ? `/releases/${first}` : `/releases/compare/${first}/${newest}`,
  'standard in a past release': `/standards/${first}/${library.standards[0]!.id}`,
  ...(retired ? { 'retired standard': `/standards/${retired.id}` } : {}),
  'docs page of a past release': `/${first}/guides/using-the-standards`,
};

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const language of ['', '/es']) {
    for (const theme of ['light', 'dark'] as const) {
      for (const [template, path] of Object.entries(TEMPLATES)) {
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
