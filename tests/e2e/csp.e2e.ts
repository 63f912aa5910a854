/**
 * The Content-Security-Policy in the built site: every page carries it first in <head>, and nothing
 * the site does, on the first load or later (lazily loaded code, the search index, downloads), is
 * refused by it. A page must also come to life under it, so a policy that blocks the app cannot pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';
import { FIRST_STANDARD, PAGE_TEMPLATES, RELEASE_PAGE_TEMPLATES } from './support/templates';
import { listFiles } from '../../src/core/releases/checksummed-folder';

const baseUrl = inject('baseUrl');
const buildDir = inject('buildDir');
const browser = useChromium();

const standard = FIRST_STANDARD;
const lesson = library.lessons.find((candidate) => candidate.language === 'en')!;

// The page templates of the accessibility tests, and the pages whose scripts do the most.
const TEMPLATES = {
  ...PAGE_TEMPLATES,
  lesson: `/${lesson.docId}`,
  'curricula index': '/curricula',
  'tool (patronage calculator)': '/tools/patronage-calculator',
  checklists: '/checklists',
  'assignment builder': '/assign',
  'search results': `/search?q=${standard}`,
};

const POLICY_META = 'meta[http-equiv="Content-Security-Policy"]';

interface Watched {
  page: Page;
  /** The violations the page reported, and the browser's console messages about the policy. */
  complaints: () => Promise<string[]>;
}

/** A new page that records every policy violation from the very start of each document. */
async function watchedPage(): Promise<Watched> {
  const context = await browser().newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`),
      true,
    );
  });
  const page = await context.newPage();
  const policyMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) policyMessages.push(`console ${message.type()}: ${message.text()}`);
  });
  const complaints = async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['the violation listener was not installed'])),
    ...policyMessages,
  ];
  return { page, complaints };
}

/** The policy's <meta> element, checked to be the first element of <head> after <meta charset>. */
async function policyOf(page: Page): Promise<string | null> {
  return page.evaluate((selector) => {
    const [charset, policy] = Array.from(document.head.children);
    return charset?.matches('meta[charset]') && policy?.matches(selector) ? policy.getAttribute('content') : null;
  }, POLICY_META);
}

/** Types into the navbar search box, so that the search code and the language's index load. */
async function searchFromNavbar(page: Page): Promise<void> {
  await page.locator('.navbar input[type="search"]').fill(standard);
  await page.locator('.navbar [data-search-result]').first().waitFor();
}

/** Changes a number and downloads the result, so that the tool's calculation and CSV code run. */
async function useTool(page: Page): Promise<void> {
  await page.getByLabel(/^(Net margin for the year|Margen neto del año) \(\$\)$/).fill('75,000');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^(Download|Descargar) CSV$/ }).click()]);
  expect(download.suggestedFilename()).toBe('patronage.csv');
}

let open: Watched | undefined;
afterEach(async () => {
  await open?.page.context().close();
  open = undefined;
});

describe('the Content-Security-Policy in the browser', () => {
  for (const language of ['', '/es']) {
    for (const [template, address] of Object.entries(TEMPLATES)) {
      it(`is first in <head> and refuses nothing on the ${template} page (${language ? 'Spanish' : 'English'})`, async () => {
        open = await watchedPage();
        const { page, complaints } = open;
        const response = await openHydrated(page, `${baseUrl}${language}${address}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('data-has-hydrated')).toBe('true');

        const policy = await policyOf(page);
        expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
        expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);

        await searchFromNavbar(page);
        if (address.startsWith('/tools/')) await useTool(page);
        await page.waitForLoadState('networkidle');
        expect(await complaints()).toEqual([]);
      });
    }
  }

  it('is first in <head> of the plain page of a release pack, which runs no script at all', async () => {
    open = await watchedPage();
    const { page, complaints } = open;
    const response = await page.goto(`${baseUrl}/downloads/latest/`);
    expect(response?.status()).toBe(200);
    expect(await policyOf(page)).toMatch(/script-src 'self';/);
    await page.getByRole('link', { name: 'SHA256SUMS' }).waitFor();
    expect(await complaints()).toEqual([]);
  });

  for (const language of ['', '/es']) {
    for (const [template, address] of Object.entries(RELEASE_PAGE_TEMPLATES)) {
      it(`is first in <head> and refuses nothing on the ${template} page, which is drawn with the site's style sheet (${language ? 'Spanish' : 'English'})`, async () => {
        open = await watchedPage();
        const { page, complaints } = open;
        const response = await openHydrated(page, `${baseUrl}${language}${address}`);
        expect(response?.status()).toBe(200);
        expect(await policyOf(page)).toMatch(/^default-src 'self'; script-src 'self'/);
        // The style sheet applies: the navbar is laid out as a flex row, as on every page of the site.
        expect(await page.locator('nav.navbar').evaluate((nav) => getComputedStyle(nav).display)).toBe('flex');
        await page.waitForLoadState('networkidle');
        expect(await complaints()).toEqual([]);
      });
    }
  }

  it('reports a violation when something the policy does not allow runs, so that the checks above can fail', async () => {
    open = await watchedPage();
    const { page, complaints } = open;
    await openHydrated(page, `${baseUrl}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.strayScriptRan = true;';
      document.body.append(script);
    });
    await expect.poll(complaints).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem refused inline/)]));
    expect(await page.evaluate(() => (window as unknown as { strayScriptRan?: boolean }).strayScriptRan)).toBeUndefined();
  });
});

describe('the Content-Security-Policy in the built files', () => {
  const htmlFiles = (folder: string): string[] =>
    listFiles(folder)
      .filter((name) => name.endsWith('.html'))
      .map((name) => path.join(folder, name));

  it('is the first element after <meta charset> in every HTML file the build wrote, in both languages', () => {
    const files = htmlFiles(buildDir);
    const missing = files.filter(
      (file) => !/<head[^>]*>\s*<meta charset="[^"]*"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]*">/i.test(fs.readFileSync(file, 'utf8')),
    );
    expect(files.some((file) => file.includes(`${path.sep}es${path.sep}`))).toBe(true);
    expect(files.some((file) => file.includes(`${path.sep}downloads${path.sep}`))).toBe(true);
    expect(missing.map((file) => path.relative(buildDir, file))).toEqual([]);
  });
});
