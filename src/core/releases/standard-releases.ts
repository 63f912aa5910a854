/**
 * What a standard's page says about releases, in one language: how to cite it, the releases it is part
 * of, the banner of a past release's page, and, for a retired standard, its tombstone.
 */
import type { Language, Library, Successor } from '../model';
import { compareVersions } from '../model';
import { localize, standardPermalink } from '../views';
import { changedFields, type ChangeKind } from './diff';
import { comparisonPath } from './paths';
import { releaseText } from './release-text';

export interface CitationView {
  edition: string;
  /** The version cited; for text not yet released, the draft version. */
  version: string;
  /** The release date; absent for a draft. */
  date?: string;
  /** An address that always shows this exact text. */
  url: string;
  draft: boolean;
}

export interface StandardVersionView {
  version: string;
  date: string;
  /** What happened to the standard in this release; `unchanged` when it was carried over as it was. */
  change: ChangeKind | 'unchanged';
  permalink: string;
}

export interface ArchivedView {
  /** The release this page shows. */
  version: string;
  date?: string;
  newest: boolean;
  currentPermalink: string;
  /** The text changed after this release (or the standard was retired). */
  changedSince: boolean;
  comparePermalink?: string;
}

export interface TombstoneView {
  change: 'moved' | 'retired';
  /** The release that retired it, and its date if released. */
  version: string;
  date?: string;
  note: string;
  /** The language of the note: English where the release file has no translation. */
  noteLanguage: Language;
  successors: Array<{ id: string; title: string; relation: Successor['relation']; permalink: string }>;
  /** The last release in which it was in use, to read the old text. */
  lastActive?: { version: string; permalink: string };
}

export interface StandardReleaseView {
  citation: CitationView;
  versions: StandardVersionView[];
  archived?: ArchivedView;
  tombstone?: TombstoneView;
}

export interface ReleaseViewOptions {
  language: Language;
  baseUrl: string;
  siteUrl: string;
  /** For a past release's page: the release shown. */
  version?: string;
}

/** The release facts of standard `id` as `library` (the current one, with its snapshots) knows them. */
export function standardReleaseView(library: Library, id: string, options: ReleaseViewOptions): StandardReleaseView {
  const { baseUrl, siteUrl, version } = options;
  const dateOf = (name: string) => library.releases.find((release) => release.version === name)?.date;
  const snapshotStandard = (name: string) => library.snapshots.find((snapshot) => snapshot.version === name)?.standards.find((standard) => standard.id === id);
  const current = library.standards.find((standard) => standard.id === id);
  const newest = library.snapshots.at(-1);

  const versions: StandardVersionView[] = [];
  library.snapshots.forEach((snapshot, index) => {
    const here = snapshot.standards.find((standard) => standard.id === id);
    if (!here) return;
    const before = library.snapshots[index - 1]?.standards.find((standard) => standard.id === id);
    const change = !before
      ? 'added'
      : before.status !== 'retired' && here.status === 'retired'
        ? here.successors?.some((s) => s.relation === 'moved')
          ? 'moved'
          : 'retired'
        : changedFields(before, here).length > 0
          ? 'changed'
          : 'unchanged';
    versions.push({ version: snapshot.version, date: dateOf(snapshot.version) ?? '', change, permalink: standardPermalink(baseUrl, id, snapshot.version) });
  });

  // Cite the newest release whose text is the one shown; text not yet released is cited as a draft.
  const shown = version ? snapshotStandard(version) : current;
  const released = version ?? [...versions].reverse().find((entry) => shown && changedFields(snapshotStandard(entry.version)!, shown).length === 0)?.version;
  const citation: CitationView = released
    ? { edition: library.meta.name, version: released, date: dateOf(released), url: `${siteUrl}${standardPermalink(baseUrl, id, released)}`, draft: false }
    : { edition: library.meta.name, version: library.meta.version, url: `${siteUrl}${standardPermalink(baseUrl, id)}`, draft: true };

  const view: StandardReleaseView = { citation, versions };
  if (version) {
    const changedSince = !current || !shown || changedFields(shown, current).length > 0;
    const latest = newest && compareVersions(newest.version, version) > 0 ? newest.version : undefined;
    view.archived = {
      version,
      date: dateOf(version),
      newest: newest?.version === version,
      currentPermalink: standardPermalink(baseUrl, id),
      changedSince,
      ...(latest && changedSince
        ? {
            comparePermalink: comparisonPath(
              baseUrl,
              version,
              latest,
              library.snapshots.map((snapshot) => snapshot.version),
              id,
            ),
          }
        : {}),
    };
  }
  const retired = version ? shown : current;
  if (retired?.status === 'retired') view.tombstone = tombstoneOf(library, id, retired.successors ?? [], versions, options);
  return view;
}

function tombstoneOf(library: Library, id: string, successors: readonly Successor[], versions: readonly StandardVersionView[], options: ReleaseViewOptions): TombstoneView {
  const { baseUrl, language, version } = options;
  const releaseFile = [...library.releases]
    .reverse()
    .find((release) => release.changes.some((change) => change.id === id && (change.change === 'moved' || change.change === 'retired')));
  const listed = releaseFile?.changes.find((change) => change.id === id);
  const note = releaseText(releaseFile, language).note(id);
  const titleOf = (successorId: string) => localize(library, language).standard(successorId)?.title ?? successorId;
  const lastActive = [...versions]
    .reverse()
    .find(
      (entry) =>
        entry.change !== 'moved' &&
        entry.change !== 'retired' &&
        library.snapshots.find((s) => s.version === entry.version)?.standards.find((s) => s.id === id)?.status !== 'retired',
    );
  return {
    change: listed?.change === 'moved' || successors.some((successor) => successor.relation === 'moved') ? 'moved' : 'retired',
    version: releaseFile?.version ?? library.meta.version,
    ...(releaseFile?.date ? { date: releaseFile.date } : {}),
    note: note.text,
    noteLanguage: note.language,
    successors: successors.map((successor) => ({
      id: successor.id,
      title: titleOf(successor.id),
      relation: successor.relation,
      permalink: standardPermalink(
        baseUrl,
        successor.id,
        version && library.snapshots.find((s) => s.version === version)?.standards.some((s) => s.id === successor.id) ? version : undefined,
      ),
    })),
    ...(lastActive ? { lastActive: { version: lastActive.version, permalink: lastActive.permalink } } : {}),
  };
}
