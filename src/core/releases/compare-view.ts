/**
 * What a "what changed" page shows, in one language: each standard added, changed, moved or retired
 * between two releases, with the notes of every release in between, word diffs of the texts, and the
 * other fields that differ.
 */
import type { Language, ReleaseRecord, StandardRecord, TranslationRecord } from '../model';
import { compareVersions } from '../model';
import { standardPermalink } from '../views';
import { markdownText } from '../plain-text';
import { diffByLine, diffStandards, TEXT_FIELDS, type ChangeKind, type DiffBlock, type TextField } from './diff';
import { releaseText } from './release-text';
import type { ReleaseSnapshot } from './snapshot';

export interface ComparedField {
  field: string;
  before: string;
  after: string;
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

export function buildComparison(from: ReleaseSnapshot | undefined, to: ReleaseSnapshot, releases: readonly ReleaseRecord[], language: Language, baseUrl: string): Comparison {
  const between = releases.filter((release) => (!from || compareVersions(release.version, from.version) > 0) && compareVersions(release.version, to.version) <= 0);
  const dateOf = (version: string) => releases.find((release) => release.version === version)?.date;
  const textIn = (snapshot: ReleaseSnapshot | undefined, standard: StandardRecord | undefined, field: TextField) => {
    if (!standard) return '';
    const translated = snapshot?.translations[language]?.find((record) => record.id === standard.id);
    const value = (translated?.[field as keyof TranslationRecord] as string | string[] | undefined) ?? standard[field];
    if (Array.isArray(value)) return value.join('\n');
    return field === 'rationale' || field === 'guidance' ? markdownText(String(value)) : String(value);
  };
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
          }));
    return {
      id: change.id,
      change: change.change,
      title: textIn(to, change.after, 'title'),
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

/** A field's value as one short line: lists joined, sources by title. */
function shortText(standard: StandardRecord | undefined, field: (typeof LISTED_FIELDS)[number]): string {
  if (!standard) return '';
  if (field === 'sources') return standard.sources.map((source) => source.title).join('; ');
  const value = standard[field];
  return Array.isArray(value) ? value.join(', ') : String(value);
}
