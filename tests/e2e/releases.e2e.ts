import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { diffStandards } from '../../src/core/releases/diff';
import { applyCorrections, correctionsOf } from '../../src/core/releases/page-corrections';
import { openPage, useChromium } from './support/chromium';
import { library } from './support/library';

const baseUrl = inject('baseUrl');
const PROJECT_ROOT = path.resolve(__dirname, '../..');
const browser = useChromium();
const snapshots = library.snapshots;
const first = snapshots[0]!;
const newest = snapshots.at(-1)!;
/** The release before the newest: the two have a comparison page of their own (any other pair is compared in the browser). */
const previous = snapshots.at(-2)!;
/** The address the release picker opens for two releases: the built page for neighbours, the browser comparison otherwise. */
const comparisonAddress = (older: string, newer: string) =>
  snapshots.findIndex((snapshot) => snapshot.version === newer) - snapshots.findIndex((snapshot) => snapshot.version === older) === 1
    ? `/releases/compare/${older}/${newer}`
    : `/releases/compare?from=${older}&to=${newer}`;
const changes = diffStandards(first.standards, newest.standards).changes;
const changed = changes.find((change) => change.change === 'changed' && change.fields.includes('guidance')) ?? changes.find((change) => change.change === 'changed');
const retired = changes.find((change) => change.change === 'retired') ?? changes.find((change) => change.change === 'moved');

const open = (address: string) => openPage(browser(), address);

async function chooseVersion(page: Page, label: RegExp): Promise<void> {
  const menu = page.locator('.navbar__items--right .dropdown').filter({ has: page.getByTestId('version-menu') });
  await menu.hover();
  await menu.getByRole('link', { name: label }).click();
}

describe('the releases', () => {
  it('has two releases or more, so that every feature below is exercised', () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(2);
    expect(changed, 'a standard whose text changed between the first and the newest release').toBeDefined();
    expect(retired, 'a standard retired or moved between the first and the newest release').toBeDefined();
  });

  it('lists every release, newest first, with links to each one', async () => {
    const page = await open('/releases');
    const shown = await page.locator('[data-testid^="release-"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
    expect(shown).toEqual([...snapshots].reverse().map((snapshot) => `release-${snapshot.version}`));
    await page.close();
  });
});

describe('the version menu', () => {
  it('opens the same standard in a past release, and the banner leads back to the current text', async () => {
    const id = changed!.id;
    const page = await open(`/standards/${id}`);
    await chooseVersion(page, new RegExp(`^${first.version.replaceAll('.', '\\.')} `));
    await page.waitForURL(`**/standards/${first.version}/${id}`);
    await expect(page.getByTestId('statement').textContent()).resolves.toBe(first.standards.find((standard) => standard.id === id)!.statement);
    await expect(page.getByTestId('version-banner').textContent()).resolves.toContain(first.version);
    await page.getByTestId('current-link').click();
    await page.waitForURL(`**/standards/${id}`);
    await expect(page.getByTestId('citation').textContent()).resolves.toContain(`/standards/${newest.version}/${id}`);
    await page.close();
  });

  it('opens the same lesson in a past release of the docs', async () => {
    const page = await open('/guides/using-the-standards');
    await chooseVersion(page, new RegExp(`^${first.version.replaceAll('.', '\\.')} `));
    await page.waitForURL(`**/${first.version}/guides/using-the-standards`);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    await page.close();
  });
});

describe('a page of a past release', () => {
  it('keeps every link to a standard in that release; only the banner and the list of versions lead to other text', async () => {
    // The standard of the first release whose guidance names the most other standards.
    const mentions = (text: string) => new Set(text.match(/\b[A-Z]{2,5}-\d{2,3}\b/g) ?? []).size;
    const standard = [...first.standards].filter((candidate) => candidate.status === 'active').sort((a, b) => mentions(b.guidance) - mentions(a.guidance))[0]!;
    expect(mentions(standard.guidance), 'a standard of the first release whose guidance names other standards').toBeGreaterThan(1);
    for (const prefix of ['', '/es']) {
      const page = await open(`${prefix}/standards/${first.version}/${standard.id}`);
      const links = await page
        .locator('main a[href*="/standards/"]')
        .evaluateAll((anchors) =>
          anchors.filter((anchor) => !anchor.closest('[data-testid="version-banner"], [data-testid="versions"]')).map((anchor) => anchor.getAttribute('href')!),
        );
      expect(links.length).toBeGreaterThan(mentions(standard.guidance));
      expect(links.filter((href) => !href.startsWith(`${prefix}/standards/${first.version}`))).toEqual([]);
      await page.close();
    }
  });
});

describe('the archived pages of a past release', () => {
  const archive = path.join(PROJECT_ROOT, 'versioned_pages', first.version);
  const standard = first.standards.find((candidate) => candidate.status === 'active' && candidate.related.length > 0)!;

  it('are archived for every release, so that keeping a release costs the site no route', () => {
    for (const snapshot of snapshots) expect(fs.existsSync(path.join(PROJECT_ROOT, 'versioned_pages', snapshot.version, 'SHA256SUMS')), snapshot.version).toBe(true);
  });

  it('are served byte for byte as kept, in both languages, with no script, but for the corrections their release lists', async () => {
    const release = library.releases.find((candidate) => candidate.version === first.version);
    for (const [language, prefix] of [
      ['en', ''],
      ['es', '/es'],
    ]) {
      for (const address of [`standards/${first.version}/${standard.id}`, `${first.version}/guides/using-the-standards`]) {
        const served = await (await fetch(`${baseUrl}${prefix}/${address}`)).text();
        const kept = fs.readFileSync(path.join(archive, language!, `${address}.html`), 'utf8');
        expect(served, `${prefix}/${address}`).toBe(applyCorrections(kept, correctionsOf(release, language!)));
        expect(served).not.toContain('<script');
      }
    }
  });

  it('name their own release in Spanish, corrected from the labels copied at the cut, and the release page lists each correction', async () => {
    for (const snapshot of snapshots) {
      const guide = await (await fetch(`${baseUrl}/es/${snapshot.version}/guides/using-the-standards`)).text();
      expect(guide, snapshot.version).toContain(`Versión: ${snapshot.version}<`);
      expect(guide, snapshot.version).not.toMatch(/Versión: (Próxima|Actual)</);
    }
    const release = library.releases.find((candidate) => (candidate.corrections ?? []).length > 0)!;
    const page = await open(`/es/releases/${release.version}`);
    const listed = await page.getByTestId('corrections').locator('li').allTextContents();
    expect(listed).toHaveLength(release.corrections!.length);
    for (const [index, correction] of release.corrections!.entries()) expect(listed[index]).toContain(correction.reason.es);
    await page.close();
  });

  it("are named nowhere in the site's JavaScript: the route table and the version menu leave them out", async () => {
    const home = await (await fetch(`${baseUrl}/`)).text();
    const scripts = [...home.matchAll(/<script src="([^"]+\.js)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = await (await fetch(`${baseUrl}${script}`)).text();
      expect(code, script).not.toContain(`/standards/${first.version}/`);
      expect(code, script).not.toContain(`/${first.version}/guides/`);
    }
  });

  it('lead from one standard of the release to another, and search the current library from their search box', async () => {
    const page = await open(`/es/standards/${first.version}/${standard.id}`);
    const related = standard.related[0]!;
    await page.locator(`main a[href="/es/standards/${first.version}/${related}"]`).first().click();
    await page.waitForURL(`**/es/standards/${first.version}/${related}`);
    expect(await page.getByTestId('version-banner').textContent()).toContain(first.version);
    await page.locator('.navbar input[type="search"]').fill(related);
    await page.locator('.navbar input[type="search"]').press('Enter');
    await page.waitForURL(`**/es/search?q=${related}`);
    await page.locator('[data-search-result]').first().waitFor();
    await page.close();
  });
});

describe('what changed', () => {
  it('shows each change between a release and the one before it, with a word diff of the text', async () => {
    const page = await open(`/releases/compare/${previous.version}/${newest.version}`);
    const listed = await page.locator('[data-change]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-testid'), item.getAttribute('data-change')]));
    const expected = diffStandards(previous.standards, newest.standards).changes;
    expect(listed.sort()).toEqual(expected.map((change) => [`change-${change.id}`, change.change]).sort());
    const withText = expected.find((change) => change.change === 'changed' && change.fields.includes('guidance'));
    if (withText) expect(await page.getByTestId(`diff-${withText.id}-guidance`).locator('ins, del').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('compares any two releases in the browser, with the same changes as the page of the release', async () => {
    for (const prefix of ['', '/es']) {
      const built = await open(`${prefix}/releases/compare/${previous.version}/${newest.version}`);
      const expected = await built.locator('[data-change]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-testid'), item.getAttribute('data-change')]));
      const expectedText = await built.locator('main [data-change]').allTextContents();
      await built.close();
      const page = await open(`${prefix}/releases/compare?from=${previous.version}&to=${newest.version}`);
      await page.locator('[data-change]').first().waitFor();
      const listed = await page.locator('[data-change]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-testid'), item.getAttribute('data-change')]));
      expect(listed).toEqual(expected);
      expect(await page.locator('main [data-change]').allTextContents()).toEqual(expectedText);
      await page.close();
    }
    // Two releases that are not neighbours have no page of their own: the browser compares their snapshots.
    const apart = await open(`/releases/compare?from=${first.version}&to=${newest.version}`);
    await apart.locator('[data-change]').first().waitFor();
    const listed = await apart.locator('[data-change]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-testid'), item.getAttribute('data-change')]));
    expect(listed.sort()).toEqual(changes.map((change) => [`change-${change.id}`, change.change]).sort());
    const field = changed!.fields.includes('guidance') ? 'guidance' : changed!.fields.find((name) => ['title', 'statement', 'rationale', 'evidence'].includes(name));
    if (field) expect(await apart.getByTestId(`diff-${changed!.id}-${field}`).locator('ins, del').count()).toBeGreaterThan(0);
    await apart.close();
    const wrong = await open(`/releases/compare?from=${newest.version}&to=${first.version}`);
    await expect(wrong.getByRole('alert').textContent()).resolves.toContain('the older first');
    await wrong.close();
  });

  it('opens the comparison of two chosen releases from the picker', async () => {
    const page = await open('/releases');
    await page.getByLabel('Older release').selectOption(first.version);
    await page.getByLabel('Newer release').selectOption(newest.version);
    await page.getByRole('button', { name: 'Show what changed' }).click();
    await page.waitForURL(`**${comparisonAddress(first.version, newest.version)}`);
    // The address changes before the new page is drawn: wait for the comparison page itself.
    await page.getByRole('heading', { level: 1, name: `What changed from ${first.version} to ${newest.version}` }).waitFor();
    await page.getByLabel('Older release').selectOption(newest.version);
    await page.getByRole('button', { name: 'Show what changed' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('older release first');
    await page.close();
  });
});

describe('retired standards', () => {
  it('keep a tombstone at their old address that says when and why, and links to the successors', async () => {
    const page = await open(`/standards/${retired!.id}`);
    const tombstone = await page.getByTestId('tombstone').textContent();
    const release = library.releases.find((candidate) => candidate.changes.some((change) => change.id === retired!.id && change.change === retired!.change))!;
    expect(tombstone).toContain(release.version);
    expect(tombstone).toContain(release.changes.find((change) => change.id === retired!.id)!.note);
    const successors = await page
      .getByTestId('successors')
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(successors).toEqual(retired!.successors.map((successor) => `/standards/${successor.id}`));
    await page.getByTestId('successors').locator('a').first().click();
    await page.waitForURL(`**/standards/${retired!.successors[0]!.id}`);
    await page.close();
  });

  it('keep their old text at the permalink of the release that had them, in both languages', async () => {
    const before = first.standards.find((standard) => standard.id === retired!.id)!;
    const page = await open(`/standards/${first.version}/${retired!.id}`);
    await expect(page.getByTestId('statement').textContent()).resolves.toBe(before.statement);
    const spanish = await open(`/es/standards/${first.version}/${retired!.id}`);
    const translated = first.translations.es?.find((record) => record.id === retired!.id);
    await expect(spanish.getByTestId('statement').textContent()).resolves.toBe(translated?.statement ?? before.statement);
    await expect(spanish.getByTestId('version-banner').textContent()).resolves.toContain(first.version);
    await page.close();
    await spanish.close();
  });
});

describe('release packs and feeds', () => {
  it('serve each release’s pack byte for byte as archived at its cut, matching the checksums recorded then; latest is the newest', async () => {
    for (const snapshot of snapshots) {
      const recorded = fs.readFileSync(path.join(PROJECT_ROOT, 'versioned_downloads', snapshot.version, 'SHA256SUMS'), 'utf8');
      const served = await fetch(`${baseUrl}/downloads/${snapshot.version}/SHA256SUMS`);
      expect(await served.text()).toBe(recorded);
      const entries = recorded
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, 64), line.slice(66)] as const);
      expect(entries.map(([, name]) => name)).toEqual(expect.arrayContaining(['standards.json', 'standards.xlsx', 'edition.en.pdf', 'edition.es.pdf']));
      for (const [sum, name] of entries) {
        const file = await fetch(`${baseUrl}/downloads/${snapshot.version}/${name}`);
        expect(file.status, name).toBe(200);
        expect(
          createHash('sha256')
            .update(Buffer.from(await file.arrayBuffer()))
            .digest('hex'),
          `${snapshot.version}/${name}`,
        ).toBe(sum);
      }
    }
    const latestSums = await (await fetch(`${baseUrl}/downloads/latest/SHA256SUMS`)).text();
    expect(latestSums).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'versioned_downloads', newest.version, 'SHA256SUMS'), 'utf8'));
    const latest = await (await fetch(`${baseUrl}/downloads/latest/standards.json`)).json();
    expect(latest.version).toBe(newest.version);
  });

  it("publish the releases as Atom and JSON Feed, and each standard's changes", async () => {
    const json = await (await fetch(`${baseUrl}/feeds/releases.json`)).json();
    expect(json.items.map((item: { url: string }) => item.url.replace(/^https?:\/\/[^/]+/, ''))).toEqual(
      [...snapshots].reverse().map((snapshot) => `/releases/${snapshot.version}`),
    );
    const atom = await (await fetch(`${baseUrl}/feeds/releases.atom`)).text();
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.match(/<entry>/g)).toHaveLength(snapshots.length);
    const standardFeed = await (await fetch(`${baseUrl}/feeds/standards/${retired!.id}.json`)).json();
    expect(standardFeed.items.length).toBe(2);
  });
});
