/**
 * What a "what changed" page shows, in one language: each standard added, changed, moved or retired
 * between two releases, with the notes of every release in between, word diffs of the texts, and the
 * other fields that differ. It runs at build time for each release and the one before it, and in the
 * reader's browser for any other two (see comparable.ts for what it reads), so it imports no Markdown
 * parser and nothing of the build.
 */
import type { Language, ReleaseRecord, StandardRecord } from '../model';
import { compareVersions } from '../model';
import { standardPermalink } from '../permalinks';
import { diffByLine, diffStandards, TEXT_FIELDS, type ChangeKind, type DiffBlock, type TextField } from './diff';
import { releaseText } from './release-text';

/**
 * One release as a comparison reads it, in one language: its standards as released, each title as the
 * reader sees it, and the texts the reader sees (translated where the release translated them, Markdown
 * turned to plain text) of the standards whose word diffs are shown.
 */
export interface ComparableRelease {
  readonly version: string;
  readonly language: Language;
  /** Every standard, retired ones included, as the release froze it. */
  readonly standards: readonly StandardRecord[];
  /** Each standard's title by ID, in the page's language where translated. */
  readonly titles: Readonly<Record<string, string>>;
  /** Standards' texts by ID, one line per paragraph or list item; those not needed may be left out. */
  readonly texts: Readonly<Record<string, StandardTexts>>;
}

/** The texts of one standard as the reader sees them. */
export type StandardTexts = Readonly<Record<TextField, string>>;

/** The standards whose texts a comparison shows word diffs of: changed in a text, not added. */
export function standardsWithTextDiffs(from: ComparableRelease | undefined, to: ComparableRelease): string[] {
  return diffStandards(from?.standards ?? [], to.standards)
    .changes.filter((change) => change.change !== 'added' && change.fields.some((field) => (TEXT_FIELDS as readonly string[]).includes(field)))
    .map((change) => change.id);
}

/**
 * What changed between two releases, read from their comparison files (see comparable.ts) by `read`,
 * which takes a path such as `1.0.0.json` or `1.0.0/GOV-01.json`. Only the texts shown are read.
 */
export async function loadComparison(
  read: (file: string) => Promise<unknown>,
  versions: { from: string; to: string },
  releases: readonly ReleaseRecord[],
  language: Language,
  baseUrl: string,
): Promise<Comparison> {
  const [older, newer] = (await Promise.all([read(`${versions.from}.json`), read(`${versions.to}.json`)])) as [ComparableRelease, ComparableRelease];
  const ids = standardsWithTextDiffs(older, newer);
  const textsOf = async (release: ComparableRelease) => ({
    ...release,
    texts: Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await read(`${release.version}/${id}.json`)) as StandardTexts]))),
  });
  const [from, to] = await Promise.all([textsOf(older), textsOf(newer)]);
  return compareReleases(from, to, releases, language, baseUrl);
}

export interface ComparedField {
  field: string;
  before: string;
  after: string;
  /** The language of the values where it is not the page's: source titles are in their own language. */
  lang?: string;
}

export interface ComparedStandard {
  id: string;
  change: ChangeKind;
  title: string;
  /** The notes of each release between the two that lists this standard, in the page's language where translated. */
  notes: Array<{ version: string; note: string; language: Language }>;
  /** The standard in the older release; absent when it was added. */
  beforePermalink?: string;
  afterPermalink: string;
  /** Word diffs of the texts that differ, in the page's language where translated, as the reader sees them (no Markdown marks). */
  diffs: Array<{ field: TextField; blocks: DiffBlock[] }>;
  /** The other fields that differ, as short text. */
  fields: ComparedField[];
  successors: Array<{ id: string; relation: string; permalink: string }>;
}

export interface Comparison {
  from?: { version: string; date?: string };
  to: { version: string; date?: string };
  counts: Record<ChangeKind, number>;
  standards: ComparedStandard[];
}

const LISTED_FIELDS = ['domain', 'level', 'stages', 'pathways', 'audiences', 'related', 'sources', 'status'] as const;

export function compareReleases(from: ComparableRelease | undefined, to: ComparableRelease, releases: readonly ReleaseRecord[], language: Language, baseUrl: string): Comparison {
  const between = releases.filter((release) => (!from || compareVersions(release.version, from.version) > 0) && compareVersions(release.version, to.version) <= 0);
  const dateOf = (version: string) => releases.find((release) => release.version === version)?.date;
  const textIn = (release: ComparableRelease | undefined, standard: StandardRecord | undefined, field: TextField) => (standard && release?.texts[standard.id]?.[field]) ?? '';
  const { changes } = diffStandards(from?.standards ?? [], to.standards);
  const counts = { added: 0, changed: 0, moved: 0, retired: 0 };
  const standards = changes.map((change): ComparedStandard => {
    counts[change.change] += 1;
    const diffs =
      change.change === 'added'
        ? []
        : TEXT_FIELDS.filter((field) => change.fields.includes(field)).map((field) => ({
            field,
            blocks: diffByLine(textIn(from, change.before, field), textIn(to, change.after, field)),
          }));
    const fields =
      change.change === 'added'
        ? []
        : LISTED_FIELDS.filter((field) => change.fields.includes(field)).map((field) => ({
            field,
            before: shortText(change.before, field),
            after: shortText(change.after, field),
            ...valueLanguage(field, [change.before, change.after], language),
          }));
    return {
      id: change.id,
      change: change.change,
      title: to.titles[change.id] ?? change.id,
      notes: between
        .filter((release) => release.changes.some((listed) => listed.id === change.id))
        .map((release) => {
          const note = releaseText(release, language).note(change.id);
          return { version: release.version, note: note.text, language: note.language };
        }),
      ...(from && change.before ? { beforePermalink: standardPermalink(baseUrl, change.id, from.version) } : {}),
      afterPermalink: standardPermalink(baseUrl, change.id, to.version),
      diffs,
      fields,
      successors: change.successors.map((successor) => ({ ...successor, permalink: standardPermalink(baseUrl, successor.id, to.version) })),
    };
  });
  return {
    ...(from ? { from: { version: from.version, date: dateOf(from.version) } } : {}),
    to: { version: to.version, date: dateOf(to.version) },
    counts,
    standards,
  };
}

/** The titles of sources are in the sources' language (English unless they say otherwise): marked where that is not the page's. */
function valueLanguage(field: (typeof LISTED_FIELDS)[number], standards: ReadonlyArray<StandardRecord | undefined>, language: Language): { lang?: string } {
  if (field !== 'sources') return {};
  const languages = new Set(standards.flatMap((standard) => standard?.sources.map((source) => source.language ?? 'en') ?? []));
  const [only] = languages;
  return languages.size === 1 && only !== language ? { lang: only } : {};
}

/** A field's value as one short line: lists joined, sources by title. */
function shortText(standard: StandardRecord | undefined, field: (typeof LISTED_FIELDS)[number]): string {
  if (!standard) return '';
  if (field === 'sources') return standard.sources.map((source) => source.title).join('; ');
  const value = standard[field];
  return Array.isArray(value) ? value.join(', ') : String(value);
}
