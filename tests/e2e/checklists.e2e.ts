import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { selectStandardsForProfile } from '../../src/core/select';
import { accessibilityViolations } from './support/axe';
import { openHydrated, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const browser = useChromium();
// The build under test: build/, or the folder named by BUILD_DIR (see support/serve-build.ts).
const BUILD = inject('buildDir');
const profile = library.checklists.find((candidate) => candidate.id === 'lender-due-diligence') ?? library.checklists[0]!;
const selected = selectStandardsForProfile(profile.select, library.standards).map((standard) => standard.id);

describe('the checklists page', () => {
  it('lists every profile with its size and six downloads', async () => {
    const page = await browser().newPage();
    await openHydrated(page, `${baseUrl}/checklists`);
    const ids = await page.locator('[data-checklist]').evaluateAll((items) => items.map((item) => item.getAttribute('data-checklist')));
    expect([...ids].sort()).toEqual(library.checklists.map((item) => item.id).sort());
    const card = page.locator(`[data-checklist="${profile.id}"]`);
    await expect(card.textContent()).resolves.toContain(`${selected.length} standards`);
    expect(await card.locator('[data-format]').count()).toBe(6);
    await page.close();
  });

  it('downloads a file that is the one the build wrote', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openHydrated(page, `${baseUrl}/es/checklists`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-checklist="${profile.id}"] [data-format="xlsx"]`).click()]);
    expect(download.suggestedFilename()).toBe(`${profile.id}.es.xlsx`);
    const built = fs.readFileSync(path.join(BUILD, 'downloads', library.meta.version, 'checklists', `${profile.id}.es.xlsx`));
    expect(fs.readFileSync((await download.path())!).equals(built)).toBe(true);
    await context.close();
  });

  it('serves every download under the version and under latest, with SHA256SUMS', async () => {
    for (const folder of [library.meta.version, 'latest']) {
      const sums = await (await fetch(`${baseUrl}/downloads/${folder}/SHA256SUMS`)).text();
      expect(sums).toContain(`checklists/${profile.id}.en.pdf`);
      const response = await fetch(`${baseUrl}/downloads/${folder}/checklists/${profile.id}.en.json`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { id: string }).id).toBe(profile.id);
    }
  });
});

describe('a checklist page', () => {
  it('shows every item, keeps ticks in the browser, and prints without its buttons', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await openHydrated(page, `${baseUrl}/checklists/${profile.id}`);
    const items = await page.locator('[data-item]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item')));
    expect([...items].sort()).toEqual([...selected].sort());
    await page.locator(`[data-item="${selected[0]}"] input`).check();
    await expect(page.getByTestId('tick-count').textContent()).resolves.toBe(`1 of ${selected.length} done`);
    const again = await context.newPage();
    await openHydrated(again, `${baseUrl}/checklists/${profile.id}`);
    await expect(again.locator(`[data-item="${selected[0]}"] input`).isChecked()).resolves.toBe(true);
    await again.emulateMedia({ media: 'print' });
    await expect(again.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('has no accessibility violation, in both languages', async () => {
    for (const prefix of ['', '/es']) {
      const page = await browser().newPage();
      await openHydrated(page, `${baseUrl}${prefix}/checklists/${profile.id}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await openHydrated(page, `${baseUrl}${prefix}/checklists`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('the custom checklist builder', () => {
  it('starts from a profile, removes an item, shares the selection, and downloads it', async () => {
    const { validateChecklistExport } = await import('../../src/core/schemas');
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openHydrated(page, `${baseUrl}/checklists/builder`);
    await page.getByLabel('Start from a checklist').selectOption(profile.id);
    await expect(page.getByTestId('builder-count').textContent()).resolves.toBe(`${selected.length} standards in your checklist`);
    await page.locator(`[data-builder-item="${selected[0]}"] button`).click();
    await page.waitForURL(new RegExp(`remove=${selected[0]}`));
    expect(page.url()).toContain(`v=${library.meta.version}`);
    await expect(page.getByTestId('builder-count').textContent()).resolves.toBe(`${selected.length - 1} standards in your checklist`);

    const shared = await context.newPage();
    await openHydrated(shared, page.url());
    expect(await shared.locator('[data-builder-item]').count()).toBe(selected.length - 1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    const json = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(validateChecklistExport(json)).toEqual([]);
    const ids = json.groups.flatMap((group: { items: Array<{ id: string }> }) => group.items.map((item) => item.id));
    expect([...ids].sort()).toEqual(selected.slice(1).sort());
    await context.close();
  });

  it('builds from filters alone', async () => {
    const page = await browser().newPage();
    await openHydrated(page, `${baseUrl}/checklists/builder?level=advanced`);
    const advanced = library.standards.filter((standard) => standard.level === 'advanced' && standard.status !== 'retired').length;
    await expect(page.getByTestId('builder-count').textContent()).resolves.toBe(`${advanced} standards in your checklist`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
