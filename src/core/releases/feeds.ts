/**
 * The change feeds, in Atom and JSON Feed: one of every release, and one per standard of the releases
 * that touched it. They are built from the release history alone, so the same history always gives
 * the same bytes: every date is a release date, never the time of the build.
 */
import { compareVersions, type Successor } from '../model';
import { renderMarkdown } from '../markdown';
import { escapeHtml, writeAtom, writeJsonFeed, type FeedEntryModel, type FeedModel } from './feed-formats';
import { FEED_WORDS, type FeedWords } from './feed-words';
import { standardHistory, type ReleaseChange, type ReleaseEntry } from './history';

export interface FeedSite {
  /** The site's address without a trailing slash, e.g. `https://example.org`. */
  siteUrl: string;
  /** The language of the feed's own words; notes and titles not translated are marked as English. */
  language: 'en' | 'es';
  /** `''` for English, `'/es'` for Spanish. */
  localePrefix: string;
  /** The library's name, e.g. "Worker Co-op Development Library". */
  edition: string;
}

/** The text of a feed in each format. */
export interface FeedFiles {
  atom: string;
  json: string;
}

/** Media types for `<link rel="alternate">` in the pages' head. */
export const FEED_MEDIA_TYPES = { atom: 'application/atom+xml', json: 'application/feed+json' } as const;

/**
 * Where the feeds are published, relative to the site root of the locale: the feed of releases, or
 * with an ID the feed of that standard (`feeds/standards/GOV-03.atom`).
 */
export function feedPaths(standardId?: string): FeedFiles {
  if (standardId !== undefined && !/^[A-Z]{2,5}-[0-9]{2,3}$/.test(standardId)) {
    throw new Error(`feedPaths: "${standardId}" is not a standard ID such as GOV-03`);
  }
  const base = standardId === undefined ? 'feeds/releases' : `feeds/standards/${standardId}`;
  return { atom: `${base}.atom`, json: `${base}.json` };
}

/** The feed of releases: one entry per release, newest first. */
export function releasesFeed(history: readonly ReleaseEntry[], site: FeedSite): FeedFiles {
  const at = addressesOf(site);
  const words = FEED_WORDS[site.language];
  const knownIds = new Set(history.flatMap((release) => release.changes.map((change) => change.id)));
  const entries = [...history]
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((release): FeedEntryModel => {
      const summary = renderMarkdown(release.summary, { baseUrl: `${at.root}/`, standardIds: knownIds });
      const changes = release.changes.map((change) => `<li>${changeLine(change, release.version, at, words, site)}</li>`).join('');
      return {
        id: at.release(release.version),
        url: at.release(release.version),
        title: `${site.edition} ${release.version}`,
        html: inLanguage(site, release.summaryLanguage, 'div', summary) + (changes ? `<h2>${words.changesIn}</h2><ul>${changes}</ul>` : ''),
        date: releaseDate(release),
      };
    });
  return writeFeed(site, entries, {
    title: `${site.edition}: ${words.releases}`,
    description: words.releasesAbout,
    homeUrl: `${at.root}/releases`,
    paths: feedPaths(),
  });
}

/** The feed of one standard's changes: one entry per release that added, changed, moved or retired it, newest first. */
export function standardFeed(history: readonly ReleaseEntry[], id: string, title: string, site: FeedSite): FeedFiles {
  const at = addressesOf(site);
  const words = FEED_WORDS[site.language];
  const paths = feedPaths(id);
  const changes = standardHistory(history, id).sort((a, b) => compareVersions(b.version, a.version));
  const entries = changes.map((change): FeedEntryModel => {
    const note = change.note ? `<p>${inLanguage(site, change.noteLanguage, 'span', escapeHtml(change.note))}</p>` : '';
    const fields =
      change.change === 'changed' && change.fields.length > 0 ? `<p>${words.fields}: ${change.fields.map((field) => `<code>${escapeHtml(field)}</code>`).join(', ')}</p>` : '';
    const successors = successorsText(change.successors, change.version, at, words);
    const links = [
      link(at.standard(id, change.version), words.asOf(id, change.version)),
      link(at.standard(id), words.current),
      link(at.release(change.version), words.release(change.version)),
    ];
    return {
      id: at.standard(id, change.version),
      url: at.standard(id, change.version),
      title: `${id} ${words.kinds[change.change]} ${words.in} ${change.version}`,
      html: note + fields + (successors ? `<p>${successors}</p>` : '') + `<ul>${links.map((item) => `<li>${item}</li>`).join('')}</ul>`,
      date: releaseDate(change),
    };
  });
  return writeFeed(site, entries, {
    title: `${id} ${title}: ${words.changes}`,
    description: words.standardAbout,
    homeUrl: at.standard(id),
    paths,
  });
}

interface Addresses {
  /** The site root of the locale, without a trailing slash. */
  root: string;
  release(version: string): string;
  /** The current text, or with a version the text as that release froze it. */
  standard(id: string, version?: string): string;
}

function addressesOf(site: FeedSite): Addresses {
  assertIsSiteUrl(site.siteUrl);
  if (site.localePrefix !== '' && !/^\/[a-z]{2}$/.test(site.localePrefix)) {
    throw new Error(`FeedSite.localePrefix: "${site.localePrefix}" must be '' or a slash and a language code, e.g. '/es'`);
  }
  const root = `${site.siteUrl}${site.localePrefix}`;
  return {
    root,
    release: (version) => `${root}/releases/${version}`,
    standard: (id, version) => (version ? `${root}/standards/${version}/${id}` : `${root}/standards/${id}`),
  };
}

/** The site's address must be written the way URL parsers write it, or Atom and JSON ids would differ. */
function assertIsSiteUrl(siteUrl: string): void {
  const normal = URL.canParse(`${siteUrl}/`) ? new URL(`${siteUrl}/`).href : undefined;
  if (!/^https?:\/\//.test(siteUrl) || siteUrl.endsWith('/') || normal !== `${siteUrl}/`) {
    throw new Error(`FeedSite.siteUrl: "${siteUrl}" must be an absolute http(s) address without a trailing slash, e.g. https://example.org`);
  }
}

function writeFeed(site: FeedSite, entries: FeedEntryModel[], feed: { title: string; description: string; homeUrl: string; paths: FeedFiles }): FeedFiles {
  const root = `${site.siteUrl}${site.localePrefix}`;
  // An empty feed is dated at the epoch rather than at the time of the build.
  const updated = entries.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), new Date(0));
  const model: FeedModel = {
    title: feed.title,
    description: feed.description,
    language: site.language,
    homeUrl: feed.homeUrl,
    atomUrl: `${root}/${feed.paths.atom}`,
    jsonUrl: `${root}/${feed.paths.json}`,
    author: { name: site.edition, url: `${root}/` },
    updated,
    entries,
  };
  return { atom: writeAtom(model), json: writeJsonFeed(model) };
}

/** A change as one line of a release: its ID linked to the text of that release, title, kind, note and successors. */
function changeLine(change: ReleaseChange, version: string, at: Addresses, words: FeedWords, site: FeedSite): string {
  const note = change.note ? `: ${inLanguage(site, change.noteLanguage, 'span', escapeHtml(change.note))}` : '';
  const title = inLanguage(site, change.titleLanguage, 'span', escapeHtml(change.title));
  const successors = successorsText(change.successors, version, at, words);
  return `${link(at.standard(change.id, version), change.id)} ${title} (${words.kinds[change.change]})${note}${successors ? ` ${successors}` : ''}`;
}

/** "Its content is now in GOV-09 (moved).", each successor linked to its text in the same release. */
function successorsText(successors: readonly Successor[], version: string, at: Addresses, words: FeedWords): string {
  if (successors.length === 0) return '';
  const items = successors.map((successor) => `${link(at.standard(successor.id, version), successor.id)} (${words.relations[successor.relation]})`);
  return `${words.nowIn} ${items.join(', ')}.`;
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** Marks text in another language than the feed's (an untranslated note or title), for screen readers. */
function inLanguage(site: FeedSite, language: string, tag: 'div' | 'span', html: string): string {
  return site.language === language ? html : `<${tag} lang="${language}">${html}</${tag}>`;
}

/** A release's date at midnight UTC. */
function releaseDate(release: { version: string; date: string }): Date {
  const date = new Date(`${release.date}T00:00:00Z`);
  // The round trip also refuses days that do not exist, such as 2026-02-30.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(release.date) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(release.date)) {
    throw new Error(`release ${release.version}: date "${release.date}" is not a date written YYYY-MM-DD`);
  }
  return date;
}
