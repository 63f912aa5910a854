/**
 * The history of the library: every release that has been cut, with what changed in it, joined from
 * the release files (dates, notes) and the snapshots (what really changed). Pages, feeds and packs
 * read this; none of them diffs snapshots on its own.
 */
import type { Language, Library, ReleaseRecord, Successor } from '../model';
import { diffStandards, type ChangeKind, type StandardChange } from './diff';
import { releaseText } from './release-text';
import type { ReleaseSnapshot } from './snapshot';

export interface ReleaseChange {
  readonly id: string;
  readonly change: ChangeKind;
  /** The reason given in the release file, in the language asked for where translated. */
  readonly note: string;
  readonly noteLanguage: Language;
  /** The standard's title in this release, in the language asked for where translated. */
  readonly title: string;
  readonly titleLanguage: Language;
  /** For `changed`: the fields that differ from the release before. */
  readonly fields: readonly string[];
  readonly successors: readonly Successor[];
}

export interface ReleaseEntry {
  readonly version: string;
  /** YYYY-MM-DD, from the release file. */
  readonly date: string;
  /** Markdown, from the release file, in the language asked for where translated. */
  readonly summary: string;
  readonly summaryLanguage: Language;
  /** The release before this one; undefined for the first. */
  readonly previous?: string;
  /** Sorted by ID. */
  readonly changes: readonly ReleaseChange[];
}

/**
 * Every cut release, oldest first, with its words in `language` where translated. A snapshot without a
 * release file (an invalid library) is left out.
 */
export function releaseHistory(library: Pick<Library, 'snapshots' | 'releases'>, language: Language = 'en'): ReleaseEntry[] {
  return library.snapshots.flatMap((snapshot, index) => {
    const release = library.releases.find((candidate) => candidate.version === snapshot.version);
    if (!release) return [];
    const previous = library.snapshots[index - 1];
    return [entryOf(release, previous, snapshot, language)];
  });
}

function entryOf(release: ReleaseRecord, previous: ReleaseSnapshot | undefined, snapshot: ReleaseSnapshot, language: Language): ReleaseEntry {
  const text = releaseText(release, language);
  const toChange = (change: StandardChange): ReleaseChange => {
    const note = text.note(change.id);
    const title = snapshot.translations[language]?.find((record) => record.id === change.id)?.title;
    return {
      id: change.id,
      change: change.change,
      note: note.text,
      noteLanguage: note.language,
      title: title ?? change.after.title,
      titleLanguage: title ? language : 'en',
      fields: change.fields,
      successors: change.successors,
    };
  };
  return {
    version: release.version,
    date: release.date,
    summary: text.summary.text,
    summaryLanguage: text.summary.language,
    ...(previous ? { previous: previous.version } : {}),
    changes: diffStandards(previous?.standards ?? [], snapshot.standards).changes.map(toChange),
  };
}

/** One standard's changes across the releases, oldest first: when it was added, changed, moved or retired. */
export function standardHistory(history: readonly ReleaseEntry[], id: string): Array<ReleaseChange & { version: string; date: string }> {
  return history.flatMap((release) => release.changes.filter((change) => change.id === id).map((change) => ({ ...change, version: release.version, date: release.date })));
}
