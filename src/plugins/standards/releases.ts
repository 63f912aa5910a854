/**
 * Release routes of one language: each standard as every release froze it (/standards/<version>/<ID>),
 * each release's standards (/standards/<version>), the releases (/releases), each release with what
 * changed in it (/releases/<version>), each release compared with the one before it
 * (/releases/compare/<a>/<b>), and one page that compares any two releases in the reader's browser
 * (/releases/compare?from=<a>&to=<b>) from the files `releaseComparisonFiles` writes, so that the
 * pages built grow with the number of releases, not with the number of pairs. It also gives the
 * version menu its data. The views come from src/core/releases.
 */
import type { PluginContentLoadedActions } from '@docusaurus/types';
import { renderMarkdown } from '../../core/markdown';
import type { Language, Library } from '../../core/model';
import { buildComparison, comparisonFiles } from '../../core/releases/comparable';
import type { DerivedCache } from '../../core/releases/derived-cache';
import { compareDataPath, comparePath, packPath, releasePath, releasesPath, versionIndexPath } from '../../core/releases/paths';
import { releaseText } from '../../core/releases/release-text';
import { libraryFromSnapshot } from '../../core/releases/snapshot';
import { standardReleaseView } from '../../core/releases/standard-releases';
import { buildViews } from '../../core/views';
import type { StandardsPluginOptions } from './options';

export interface ReleaseRouteContext {
  library: Library;
  language: Language;
  baseUrl: string;
  rootBaseUrl: string;
  siteUrl: string;
  site: { name: string; version: string; languages: string[]; standardsPermalink: string; url: string };
  components: StandardsPluginOptions['components'];
  /** Releases whose pages are archived (versioned_pages/): the build copies their pages and adds no route for them. */
  archived: ReadonlySet<string>;
  /** Where what is derived from the snapshots is kept between builds. */
  derived: DerivedCache;
}

/** What every page needs to draw the version menu's button; the list of releases is a file it reads (versionMenuFile). */
export function versionMenuData(library: Library, baseUrl: string) {
  const newest = library.snapshots.at(-1)?.version;
  return {
    current: { version: library.meta.version, draft: newest !== library.meta.version },
    releasesPermalink: releasesPath(baseUrl),
    releasesFile: `${baseUrl}${VERSION_MENU_FILE}`,
  };
}

const VERSION_MENU_FILE = 'releases/menu.json';

/**
 * The releases as the version menu lists them, newest first: the standards each one holds and, for a
 * release whose pages are archived, the addresses of its docs (relative to the language's base).
 * Kept out of the site's JavaScript, so that a release adds nothing to what every page loads.
 */
export function versionMenuFile(library: Library, baseUrl: string, archivedDocs: (version: string) => string[] | undefined): Map<string, string> {
  const releases = [...library.snapshots].reverse().map((snapshot) => ({
    version: snapshot.version,
    date: library.releases.find((release) => release.version === snapshot.version)?.date ?? '',
    standardsPermalink: versionIndexPath(baseUrl, snapshot.version),
    ids: snapshot.standards.map((standard) => standard.id),
    ...(archivedDocs(snapshot.version) ? { docs: archivedDocs(snapshot.version) } : {}),
  }));
  return new Map([[VERSION_MENU_FILE, `${JSON.stringify({ releases })}\n`]]);
}

export async function addReleaseRoutes(actions: PluginContentLoadedActions, context: ReleaseRouteContext): Promise<void> {
  const { library, language, baseUrl, rootBaseUrl, siteUrl, site, components, archived, derived } = context;
  const releases = library.releases;
  const dateOf = (version: string) => releases.find((release) => release.version === version)?.date;
  const snapshots = library.snapshots;

  for (const snapshot of snapshots) {
    const version = snapshot.version;
    if (archived.has(version)) continue;
    const frozen = libraryFromSnapshot(snapshot, releases);
    const { standards, domains } = buildViews(frozen, { language, baseUrl, sourceBaseUrl: rootBaseUrl, version });
    const versionSite = { ...site, version, standardsPermalink: versionIndexPath(baseUrl, version) };
    for (const standard of standards) {
      const release = standardReleaseView(library, standard.id, { language, baseUrl, siteUrl, version });
      // A past release's page is not edited: its edit link would change today's file.
      const data = await actions.createData(`standard-${version}-${standard.id}.json`, { site: versionSite, standard: { ...standard, editUrl: '' }, release });
      actions.addRoute({ path: standard.permalink, exact: true, component: components.standard, modules: { data } });
    }
    const index = await actions.createData(`standards-${version}.json`, {
      version,
      date: dateOf(version),
      newest: snapshot === snapshots.at(-1),
      releasePermalink: releasePath(baseUrl, version),
      currentPermalink: site.standardsPermalink,
      packPermalink: packPath(rootBaseUrl, version),
      domains: domains.map((domain) => ({ id: domain.id, title: domain.title, standards: domain.standards })),
    });
    actions.addRoute({ path: versionIndexPath(baseUrl, version), exact: true, component: components.versionIndex, modules: { data: index } });
  }

  const summaries = snapshots.map((snapshot, index) => {
    const before = snapshots[index - 1];
    const inputs = ['comparison', JSON.stringify(before ?? null), JSON.stringify(snapshot), JSON.stringify(releases), language, baseUrl];
    const comparison = derived.get(inputs, () => buildComparison(before, snapshot, releases, language, baseUrl));
    const summary = releaseText(
      releases.find((candidate) => candidate.version === snapshot.version),
      language,
    ).summary;
    return {
      version: snapshot.version,
      date: dateOf(snapshot.version),
      summaryHtml: renderMarkdown(summary.text, { baseUrl, standardIds: new Set(snapshot.standards.map((standard) => standard.id)), version: snapshot.version }),
      summaryLanguage: summary.language,
      permalink: releasePath(baseUrl, snapshot.version),
      standardsPermalink: versionIndexPath(baseUrl, snapshot.version),
      packPermalink: packPath(rootBaseUrl, snapshot.version),
      comparison,
    };
  });
  const feeds = { atom: `${baseUrl}feeds/releases.atom`, json: `${baseUrl}feeds/releases.json` };
  const versions = [...snapshots].reverse().map((snapshot) => snapshot.version);
  const list = await actions.createData('releases.json', {
    releases: [...summaries].reverse().map(({ comparison, ...release }) => ({ ...release, counts: comparison.counts })),
    versions,
    latestPackPermalink: packPath(rootBaseUrl, 'latest'),
    feeds,
  });
  actions.addRoute({ path: releasesPath(baseUrl), exact: true, component: components.releases, modules: { data: list } });

  for (const summary of summaries) {
    const corrections = (releases.find((release) => release.version === summary.version)?.corrections ?? []).map((correction) => ({
      date: correction.date,
      language: correction.language,
      reason: correction.reason[language],
    }));
    const data = await actions.createData(`release-${summary.version}.json`, { ...summary, releasesPermalink: releasesPath(baseUrl), feeds, corrections });
    actions.addRoute({ path: summary.permalink, exact: true, component: components.release, modules: { data } });
  }
  for (const [index, summary] of summaries.entries()) {
    if (index === 0) continue;
    const data = await actions.createData(`compare-${snapshots[index - 1]!.version}-${summary.version}.json`, {
      comparison: summary.comparison,
      versions,
      releasesPermalink: releasesPath(baseUrl),
    });
    actions.addRoute({ path: comparePath(baseUrl, snapshots[index - 1]!.version, summary.version), exact: true, component: components.compare, modules: { data } });
  }
  const anyPair = await actions.createData('compare-any.json', {
    versions,
    releases,
    releasesPermalink: releasesPath(baseUrl),
    dataBase: `${baseUrl}releases/data/`,
    language,
    baseUrl,
  });
  actions.addRoute({ path: `${baseUrl}releases/compare`, exact: true, component: components.compareAny, modules: { data: anyPair } });
}

/** The files of each release that the page comparing any two releases reads, by path in the language's folder. */
export function releaseComparisonFiles(library: Library, language: Language, derived: DerivedCache): Map<string, string> {
  const files = new Map<string, string>();
  for (const snapshot of library.snapshots) {
    const made = derived.get(['comparison files', JSON.stringify(snapshot), language], () => [...comparisonFiles(snapshot, language)]);
    for (const [name, text] of made) files.set(compareDataPath('', name), text);
  }
  return files;
}
