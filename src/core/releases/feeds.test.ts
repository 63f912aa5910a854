import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedPaths, releasesFeed, standardFeed, type FeedSite } from './feeds';
import type { ReleaseEntry } from './history';

const english: FeedSite = { siteUrl: 'https://example.org', language: 'en', localePrefix: '', edition: 'Worker Co-op Development Library' };
const spanish: FeedSite = { ...english, language: 'es', localePrefix: '/es' };

afterEach(() => {
  vi.useRealTimers();
});

// Oldest first, as releaseHistory gives it: GOV-03 added then changed; GOV-04 added then merged into GOV-05.
const history: ReleaseEntry[] = [
  {
    version: '1.0.0',
    date: '2025-03-01',
    summary: 'The first edition.',
    summaryLanguage: 'en',
    changes: [
      { id: 'GOV-03', change: 'added', note: 'First published.', noteLanguage: 'en', title: 'Fair pay', titleLanguage: 'en', fields: [], successors: [] },
      { id: 'GOV-04', change: 'added', note: 'First published.', noteLanguage: 'en', title: 'Pay ratios', titleLanguage: 'en', fields: [], successors: [] },
    ],
  },
  {
    version: '1.1.0',
    date: '2025-09-15',
    summary: '**Clearer** pay rules; see GOV-03.',
    summaryLanguage: 'en',
    previous: '1.0.0',
    changes: [
      { id: 'GOV-03', change: 'changed', note: 'Plain words.', noteLanguage: 'en', title: 'Fair pay', titleLanguage: 'en', fields: ['statement', 'guidance'], successors: [] },
      {
        id: 'GOV-04',
        change: 'retired',
        note: 'Joined with GOV-05.',
        noteLanguage: 'en',
        title: 'Pay ratios',
        titleLanguage: 'en',
        fields: ['status', 'successors'],
        successors: [{ id: 'GOV-05', relation: 'merged' }],
      },
      { id: 'GOV-05', change: 'added', note: 'Pay, ratios and reviews together.', noteLanguage: 'en', title: 'Pay policy', titleLanguage: 'en', fields: [], successors: [] },
    ],
  },
];

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: Array<{ name: string; url: string }>;
  items: Array<{ id: string; url: string; title: string; content_html: string; date_published: string; date_modified: string }>;
}

const json = (text: string) => JSON.parse(text) as JsonFeed;

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses strictly (XML 1.0 and namespaces): any well-formedness error throws. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value])),
      children: [],
      text: '',
    };
    open.at(-1)?.children.push(element);
    open.push(element);
    root ??= element;
  });
  const addText = (text: string) => {
    const current = open.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);
const childText = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text;

describe('feedPaths', () => {
  it('places the feeds under feeds/, one pair for releases and one per standard', () => {
    expect(feedPaths()).toEqual({ atom: 'feeds/releases.atom', json: 'feeds/releases.json' });
    expect(feedPaths('GOV-03')).toEqual({ atom: 'feeds/standards/GOV-03.atom', json: 'feeds/standards/GOV-03.json' });
  });

  it('refuses what is not a standard ID', () => {
    expect(() => feedPaths('../GOV-03')).toThrow('feedPaths: "../GOV-03" is not a standard ID such as GOV-03');
  });
});

describe('releasesFeed', () => {
  it('has one entry per release, newest first, named by the release page', () => {
    const feed = json(releasesFeed(history, english).json);
    expect(feed.items.map((item) => item.id)).toEqual(['https://example.org/releases/1.1.0', 'https://example.org/releases/1.0.0']);
    expect(feed.items.map((item) => item.url)).toEqual(feed.items.map((item) => item.id));
    expect(feed.items.map((item) => item.title)).toEqual(['Worker Co-op Development Library 1.1.0', 'Worker Co-op Development Library 1.0.0']);
  });

  it('dates each entry at midnight UTC of its release date', () => {
    const [newest, oldest] = json(releasesFeed(history, english).json).items;
    expect(newest).toMatchObject({ date_published: '2025-09-15T00:00:00.000Z', date_modified: '2025-09-15T00:00:00.000Z' });
    expect(oldest).toMatchObject({ date_published: '2025-03-01T00:00:00.000Z' });
  });

  it('renders the summary and lists each change with a link to the standard in that release', () => {
    const html = json(releasesFeed(history, english).json).items[0]!.content_html;
    expect(html).toContain('<p><strong>Clearer</strong> pay rules; see <a href="https://example.org/standards/GOV-03">GOV-03</a>.</p>');
    expect(html).toContain('<li><a href="https://example.org/standards/1.1.0/GOV-03">GOV-03</a> Fair pay (changed): Plain words.</li>');
    expect(html).toContain(
      '<a href="https://example.org/standards/1.1.0/GOV-04">GOV-04</a> Pay ratios (retired): Joined with GOV-05. Its content is now in <a href="https://example.org/standards/1.1.0/GOV-05">GOV-05</a> (merged).',
    );
  });

  it('is valid JSON Feed 1.1 with the feed links of the locale', () => {
    const feed = json(releasesFeed(history, english).json);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Worker Co-op Development Library: releases',
      home_page_url: 'https://example.org/releases',
      feed_url: 'https://example.org/feeds/releases.json',
      language: 'en',
      authors: [{ name: 'Worker Co-op Development Library', url: 'https://example.org/' }],
    });
    expect(feed).not.toHaveProperty('author');
  });

  it('is well-formed Atom, dated by its newest release, with ids and links', () => {
    const atom = parseXml(releasesFeed(history, english).atom);
    expect(atom).toMatchObject({ name: 'feed', uri: 'http://www.w3.org/2005/Atom', attributes: { 'xml:lang': 'en' } });
    expect(childText(atom, 'id')).toBe('https://example.org/feeds/releases.atom');
    expect(childText(atom, 'updated')).toBe('2025-09-15T00:00:00.000Z');
    expect(childrenNamed(atom, 'link').map((link) => link.attributes)).toEqual([
      { rel: 'alternate', href: 'https://example.org/releases' },
      { rel: 'self', href: 'https://example.org/feeds/releases.atom' },
    ]);
    const entries = childrenNamed(atom, 'entry');
    expect(entries.map((entry) => childText(entry, 'id'))).toEqual(['https://example.org/releases/1.1.0', 'https://example.org/releases/1.0.0']);
    expect(entries.map((entry) => childrenNamed(entry, 'link')[0]?.attributes.href)).toEqual(['https://example.org/releases/1.1.0', 'https://example.org/releases/1.0.0']);
    expect(entries.map((entry) => childText(entry, 'published'))).toEqual(['2025-09-15T00:00:00.000Z', '2025-03-01T00:00:00.000Z']);
  });

  it('speaks Spanish in a Spanish feed, links to Spanish pages and marks the English notes', () => {
    const files = releasesFeed(history, spanish);
    const feed = json(files.json);
    expect(feed).toMatchObject({ title: 'Worker Co-op Development Library: versiones', language: 'es', feed_url: 'https://example.org/es/feeds/releases.json' });
    expect(feed.items[0]!.id).toBe('https://example.org/es/releases/1.1.0');
    expect(feed.items[0]!.content_html).toContain('<h2>Cambios</h2>');
    expect(feed.items[0]!.content_html).toContain(
      '<a href="https://example.org/es/standards/1.1.0/GOV-03">GOV-03</a> <span lang="en">Fair pay</span> (cambió): <span lang="en">Plain words.</span>',
    );
    expect(feed.items[0]!.content_html).toContain('Su contenido ahora está en <a href="https://example.org/es/standards/1.1.0/GOV-05">GOV-05</a> (fusionado).');
    expect(parseXml(files.atom).attributes['xml:lang']).toBe('es');
  });

  it('leaves translated notes and titles unmarked in a Spanish feed', () => {
    const translated = history.map((release) => ({
      ...release,
      summaryLanguage: 'es' as const,
      changes: release.changes.map((change) =>
        change.id === 'GOV-03' ? { ...change, note: 'Palabras sencillas.', noteLanguage: 'es' as const, title: 'Pago justo', titleLanguage: 'es' as const } : change,
      ),
    }));
    const html = json(releasesFeed(translated, spanish).json).items[0]!.content_html;
    expect(html).toContain('<a href="https://example.org/es/standards/1.1.0/GOV-03">GOV-03</a> Pago justo (cambió): Palabras sencillas.');
    expect(html).toContain('<span lang="en">Pay ratios</span>');
    expect(html).not.toContain('<div lang="en">');
  });

  it('gives byte-identical files for the same history, whatever the clock or the order of the history', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    const first = releasesFeed(history, english);
    vi.setSystemTime(new Date('2031-06-30T08:30:00Z'));
    expect(releasesFeed(history, english)).toEqual(first);
    expect(releasesFeed([...history].reverse(), english)).toEqual(first);
  });

  it('gives valid, empty feeds for an empty history, dated at the epoch', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    const files = releasesFeed([], english);
    expect(json(files.json).items).toEqual([]);
    const atom = parseXml(files.atom);
    expect(childText(atom, 'updated')).toBe('1970-01-01T00:00:00.000Z');
    expect(childrenNamed(atom, 'entry')).toEqual([]);
  });

  it('keeps the Atom well-formed and the JSON titles plain whatever the text holds', () => {
    const odd: ReleaseEntry[] = [
      {
        version: '2.0.0',
        date: '2026-01-01',
        summary: 'Code: `a]]>b` and ]]> again.',
        summaryLanguage: 'en',
        changes: [
          { id: 'FIN-01', change: 'added', note: 'x ]]> y ]]> z & <b>', noteLanguage: 'en', title: 'Pay & "benefits" <now>', titleLanguage: 'en', fields: [], successors: [] },
        ],
      },
    ];
    const files = releasesFeed(odd, { ...english, edition: 'R&D <Library>' });
    expect(() => parseXml(files.atom)).not.toThrow();
    const feed = json(files.json);
    expect(feed.title).toBe('R&D <Library>: releases');
    expect(feed.items[0]!.title).toBe('R&D <Library> 2.0.0');
    expect(childText(childrenNamed(parseXml(files.atom), 'entry')[0]!, 'title')).toBe('R&amp;D &lt;Library&gt; 2.0.0');
    expect(feed.items[0]!.content_html).toContain('Pay &amp; &quot;benefits&quot; &lt;now&gt;');
  });

  it('refuses a site address the feeds could not use as is, and a date that does not exist', () => {
    expect(() => releasesFeed(history, { ...english, siteUrl: 'https://example.org/' })).toThrow(
      'FeedSite.siteUrl: "https://example.org/" must be an absolute http(s) address without a trailing slash',
    );
    expect(() => releasesFeed(history, { ...english, siteUrl: 'example.org' })).toThrow('FeedSite.siteUrl');
    expect(() => releasesFeed([{ ...history[0]!, date: '2025-02-30' }], english)).toThrow('release 1.0.0: date "2025-02-30" is not a date written YYYY-MM-DD');
  });
});

describe('standardFeed', () => {
  it('has one entry per release that touched the standard, newest first, named by its text in that release', () => {
    const feed = json(standardFeed(history, 'GOV-03', 'Fair pay', english).json);
    expect(feed).toMatchObject({
      title: 'GOV-03 Fair pay: changes',
      home_page_url: 'https://example.org/standards/GOV-03',
      feed_url: 'https://example.org/feeds/standards/GOV-03.json',
    });
    expect(feed.items.map((item) => [item.id, item.title, item.date_published])).toEqual([
      ['https://example.org/standards/1.1.0/GOV-03', 'GOV-03 changed in 1.1.0', '2025-09-15T00:00:00.000Z'],
      ['https://example.org/standards/1.0.0/GOV-03', 'GOV-03 added in 1.0.0', '2025-03-01T00:00:00.000Z'],
    ]);
  });

  it('gives the note, the fields changed and links to the standard in that release, now and the release', () => {
    const html = json(standardFeed(history, 'GOV-03', 'Fair pay', english).json).items[0]!.content_html;
    expect(html).toBe(
      '<p>Plain words.</p><p>Fields changed: <code>statement</code>, <code>guidance</code></p><ul>' +
        '<li><a href="https://example.org/standards/1.1.0/GOV-03">Read GOV-03 as of 1.1.0</a></li>' +
        '<li><a href="https://example.org/standards/GOV-03">Read the current text</a></li>' +
        '<li><a href="https://example.org/releases/1.1.0">About release 1.1.0</a></li></ul>',
    );
  });

  it('names the successors of a retired standard', () => {
    const [retired] = json(standardFeed(history, 'GOV-04', 'Pay ratios', english).json).items;
    expect(retired!.title).toBe('GOV-04 retired in 1.1.0');
    expect(retired!.content_html).toContain('<p>Its content is now in <a href="https://example.org/standards/1.1.0/GOV-05">GOV-05</a> (merged).</p>');
    expect(retired!.content_html).not.toContain('Fields changed');
  });

  it('speaks Spanish in a Spanish feed', () => {
    const files = standardFeed(history, 'GOV-03', 'Pago justo', spanish);
    const feed = json(files.json);
    expect(feed.title).toBe('GOV-03 Pago justo: cambios');
    expect(feed.items.map((item) => item.title)).toEqual(['GOV-03 cambió en 1.1.0', 'GOV-03 se agregó en 1.0.0']);
    expect(feed.items[0]!.content_html).toContain('<a href="https://example.org/es/standards/GOV-03">Leer el texto actual</a>');
    const entries = childrenNamed(parseXml(files.atom), 'entry');
    expect(entries.map((entry) => childText(entry, 'id'))).toEqual(['https://example.org/es/standards/1.1.0/GOV-03', 'https://example.org/es/standards/1.0.0/GOV-03']);
  });

  it('gives byte-identical files from two calls, and a valid empty feed for a standard no release touched', () => {
    expect(standardFeed(history, 'GOV-05', 'Pay policy', english)).toEqual(standardFeed(history, 'GOV-05', 'Pay policy', english));
    const empty = standardFeed(history, 'LEG-01', 'Bylaws', english);
    expect(json(empty.json).items).toEqual([]);
    expect(childText(parseXml(empty.atom), 'updated')).toBe('1970-01-01T00:00:00.000Z');
  });
});
