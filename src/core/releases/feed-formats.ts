/**
 * Writes one feed as Atom 1.0 and as JSON Feed 1.1. The content is built once (see feeds.ts); this
 * module only spells it out in the two formats, the same way every time: no clock, no random IDs.
 */
import { Feed } from 'feed';

/** One entry of a feed, in neither format yet. */
export interface FeedEntryModel {
  /** A permanent, absolute URL that names the entry. */
  readonly id: string;
  /** The page the entry is about. */
  readonly url: string;
  /** Plain text, not HTML. */
  readonly title: string;
  /** Safe HTML, with absolute links. */
  readonly html: string;
  /** When the entry was published; also when it last changed, since releases never change. */
  readonly date: Date;
}

export interface FeedModel {
  /** Plain text, not HTML. */
  readonly title: string;
  readonly description: string;
  /** BCP 47 language of the feed's own words, e.g. "es". */
  readonly language: string;
  /** The page of the site that the feed follows. */
  readonly homeUrl: string;
  /** Where the Atom and the JSON file are published. */
  readonly atomUrl: string;
  readonly jsonUrl: string;
  readonly author: { readonly name: string; readonly url: string };
  /** When the newest entry was published. */
  readonly updated: Date;
  /** Newest first. */
  readonly entries: readonly FeedEntryModel[];
}

/** Named in the feeds instead of the `feed` package's URL, so that upgrading it changes no output. */
const GENERATOR = 'worker-coop-development-library';
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';
// Characters that XML 1.0 allows nowhere, not even escaped.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole purpose
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Atom 1.0, written by the `feed` package, always given `updated` (else it reads the clock) and a
 * fixed generator, with three repairs:
 * - it writes entry titles as HTML, so they are escaped here, and plain text stays plain text;
 * - it escapes only the first "]]>" in an HTML block, so every one is escaped here ("]]&gt;" is
 *   the same HTML, because the HTML is sanitized: "]]>" can only stand in text or in an attribute);
 * - it has no option for the feed's language, so `xml:lang` is added to the root element.
 */
export function writeAtom(model: FeedModel): string {
  const feed = new Feed({
    id: model.atomUrl,
    title: model.title,
    description: model.description,
    link: model.homeUrl,
    feed: model.atomUrl,
    author: { name: model.author.name, link: model.author.url },
    updated: model.updated,
    generator: GENERATOR,
  });
  for (const entry of model.entries) {
    feed.addItem({
      id: entry.id,
      link: entry.url,
      title: escapeHtml(entry.title),
      content: entry.html.replaceAll(']]>', ']]&gt;'),
      date: entry.date,
      published: entry.date,
    });
  }
  // Characters XML cannot hold are dropped rather than let them spoil the whole file.
  const atom = feed.atom1().replace(NOT_XML, '');
  if (!atom.includes(ATOM_ROOT)) throw new Error(`The feed package no longer writes the Atom root as ${ATOM_ROOT}; update writeAtom in src/core/releases/feed-formats.ts`);
  return `${atom.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(model.language)}">`)}\n`;
}

/** JSON Feed 1.1, written here: the `feed` package writes only JSON Feed 1.0, without `language` or `authors`. */
export function writeJsonFeed(model: FeedModel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: model.title,
    home_page_url: model.homeUrl,
    feed_url: model.jsonUrl,
    description: model.description,
    language: model.language,
    authors: [{ name: model.author.name, url: model.author.url }],
    items: model.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      content_html: entry.html,
      date_published: entry.date.toISOString(),
      date_modified: entry.date.toISOString(),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Text made safe to stand in HTML, in an element or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
