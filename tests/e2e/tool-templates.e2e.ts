import fs from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectToolData, projectToolDataIn } from '../../src/core/tool-data/project';
import { buildTemplateFiles } from '../../src/core/templates';

// What each template is called comes from tool-data/templates/ and their Spanish translations.
const TEMPLATES = projectToolDataIn('en').templates.entries.map((entry, index) => {
  const spanish = projectToolDataIn('es').templates.entries[index]!;
  return { ...entry, title: { en: entry.title, es: spanish.title }, description: { en: entry.description, es: spanish.description } };
});
import { accessibilityViolations } from './support/axe';
import { openPage, useChromium } from './support/chromium';

const browser = useChromium();
const ADDRESS = '/tools/templates';
const LANGUAGES = ['en', 'es'] as const;

const open = (address: string, colorScheme: 'light' | 'dark' = 'light') => openPage(browser(), address, { colorScheme });

/** Each listed template: its id, the title shown, and the address of each download link. */
const listed = (page: Page) =>
  page.locator('[data-testid="template-downloads"] [data-template]').evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-template'),
      title: item.querySelector('h3')?.textContent,
      links: Array.from(item.querySelectorAll('a[download]')).map((link) => [link.getAttribute('data-language'), link.getAttribute('href')]),
    })),
  );

describe('the templates page', () => {
  let built: Map<string, Buffer>;
  beforeAll(async () => {
    built = await buildTemplateFiles(projectToolData());
  });

  it.each(LANGUAGES)('lists every template with its title and both files (site in %s)', async (language) => {
    const page = await open(language === 'en' ? ADDRESS : `/es${ADDRESS}`);
    expect(await listed(page)).toEqual(
      TEMPLATES.map((entry) => ({
        id: entry.id,
        title: entry.title[language],
        // The files sit under the site root, the same for both languages of the site.
        links: [
          ['en', `/${entry.files.en}`],
          ['es', `/${entry.files.es}`],
        ],
      })),
    );
    for (const entry of TEMPLATES) await page.getByText(entry.description[language], { exact: true }).waitFor();
    await page.close();
  });

  it.each(LANGUAGES)('downloads each file, the one the build wrote, with the right title (site in %s)', async (language) => {
    const page = await open(language === 'en' ? ADDRESS : `/es${ADDRESS}`);
    for (const entry of TEMPLATES) {
      for (const file of LANGUAGES) {
        const link = page.locator(`[data-template="${entry.id}"] a[data-language="${file}"]`);
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(`${entry.id}.${file}.docx`);
        const buffer = fs.readFileSync((await download.path())!);
        expect(buffer.equals(built.get(entry.files[file])!), entry.files[file]).toBe(true);
        const { value: raw } = await mammoth.extractRawText({ buffer });
        const [title, caution] = raw.split('\n\n');
        expect(title).toBe(entry.title[file]);
        expect(caution).toMatch(file === 'en' ? /^A starting point to review with a lawyer before use\./ : /^Un punto de partida para revisar con un abogado antes de usarlo\./);
      }
    }
    await page.close();
  });

  const cases: Array<[string, string, 'light' | 'dark']> = [
    ['English, light', ADDRESS, 'light'],
    ['English, dark', ADDRESS, 'dark'],
    ['Spanish, light', `/es${ADDRESS}`, 'light'],
    ['Spanish, dark', `/es${ADDRESS}`, 'dark'],
  ];
  it.each(cases)('has no accessibility violation (%s)', async (_, address, colorScheme) => {
    const page = await open(address, colorScheme);
    await page.locator('[data-testid="template-downloads"] a[download]').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
