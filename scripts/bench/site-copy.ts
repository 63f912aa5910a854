/** Copies of the site for the release benchmarks, in .bench/, sharing node_modules with the project. */
import fs from 'node:fs';
import path from 'node:path';
import { archiveFolder } from '../../src/core/releases/archived-packs';
import { pagesFolder } from '../../src/core/releases/archived-pages';
import { snapshotFile } from '../../src/core/releases/snapshot';
import type { Measurement } from './measure';

export type BuildTimer = (siteDir: string, outDir: string, env?: Record<string, string>) => Promise<Measurement>;

const NOT_COPIED = new Set(['node_modules', '.bench', '.git', '.docusaurus', 'build', 'build.next', 'build.previous']);

/** A fresh copy of the site's sources in `target`; returns `target`. */
export function copySite(root: string, target: string): string {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(root).filter((name) => !NOT_COPIED.has(name))) fs.cpSync(path.join(root, entry), path.join(target, entry), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(target, 'node_modules'));
  return target;
}

/** Takes a cut release back out of a copy of the site: its snapshot, its archived pack and pages, and its frozen docs. */
export function uncut(siteDir: string, version: string, translatedLanguages: readonly string[]): void {
  const remove = (relative: string) => fs.rmSync(path.join(siteDir, relative), { recursive: true, force: true });
  remove(snapshotFile(version));
  remove(archiveFolder(version));
  remove(pagesFolder(version));
  remove(`versioned_docs/version-${version}`);
  remove(`versioned_sidebars/version-${version}-sidebars.json`);
  for (const language of translatedLanguages) {
    remove(`i18n/${language}/docusaurus-plugin-content-docs/version-${version}`);
    remove(`i18n/${language}/docusaurus-plugin-content-docs/version-${version}.json`);
  }
  const versionsFile = path.join(siteDir, 'versions.json');
  const versions = (JSON.parse(fs.readFileSync(versionsFile, 'utf8')) as string[]).filter((name) => name !== version);
  fs.writeFileSync(versionsFile, `${JSON.stringify(versions, null, 2)}\n`);
}
