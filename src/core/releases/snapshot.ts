/**
 * A release snapshot: the standards data of one release, frozen as one JSON file in
 * `versioned_standards/<version>.json` when the release is cut. Every page, pack and diff of an old
 * release is built from its snapshot, never from the files being edited now.
 */
import type { ChecklistRecord, DomainRecord, Language, Library, LibraryMeta, ReleaseRecord, StandardRecord, Term, TranslationRecord } from '../model';
import { compareStandardIds, compareVersions } from '../model';

/** The folder of the snapshots, relative to the project root. */
export const SNAPSHOT_FOLDER = 'versioned_standards';

export interface ReleaseSnapshot {
  /** The release this snapshot freezes; equal to the file name. */
  readonly version: string;
  /** library.yaml as it was, with `version` set to the release. */
  readonly meta: Readonly<LibraryMeta>;
  readonly domains: readonly DomainRecord[];
  /** Every standard, retired ones included, sorted by ID. */
  readonly standards: readonly StandardRecord[];
  /** Translations by language, each sorted by ID. */
  readonly translations: Readonly<Partial<Record<Language, readonly TranslationRecord[]>>>;
  readonly glossary: readonly Term[];
  readonly checklists: readonly ChecklistRecord[];
}

/** Whether the library's version is a cut release (its pages live at /standards/<version>/), not a draft. */
export function isReleased(library: Pick<Library, 'meta' | 'snapshots'>): boolean {
  return library.snapshots.some((snapshot) => snapshot.version === library.meta.version);
}

/** The path of a release's snapshot, relative to the project root. */
export function snapshotFile(version: string): string {
  return `${SNAPSHOT_FOLDER}/${version}.json`;
}

/** Freezes the library's standards data as release `version`. */
export function createSnapshot(library: Library, version: string): ReleaseSnapshot {
  const translations: Partial<Record<Language, TranslationRecord[]>> = {};
  for (const language of library.meta.languages) {
    const byId = library.translations[language];
    if (byId) translations[language] = [...byId.values()].sort((a, b) => compareStandardIds(a.id, b.id));
  }
  return {
    version,
    meta: { ...library.meta, version },
    domains: library.domains,
    standards: library.standards,
    translations,
    glossary: library.glossary,
    checklists: [...library.checklists].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** The snapshot as it is stored: stable key order from the model, two-space indent, a final newline. */
export function serializeSnapshot(snapshot: ReleaseSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/**
 * A Library model of an old release, so that the same views, checklists and packs serve it. Lessons
 * and tools are not part of a snapshot; the releases known are those up to this one, and the only
 * snapshot is its own.
 */
export function libraryFromSnapshot(snapshot: ReleaseSnapshot, releases: readonly ReleaseRecord[]): Library {
  const translations: Partial<Record<Language, ReadonlyMap<string, TranslationRecord>>> = {};
  for (const [language, records] of Object.entries(snapshot.translations) as Array<[Language, readonly TranslationRecord[]]>) {
    translations[language] = new Map(records.map((record) => [record.id, record]));
  }
  return {
    meta: snapshot.meta,
    domains: snapshot.domains,
    standards: snapshot.standards,
    translations,
    glossary: snapshot.glossary,
    checklists: snapshot.checklists,
    releases: releases.filter((release) => compareVersions(release.version, snapshot.version) <= 0),
    snapshots: [snapshot],
    lessons: [],
    tools: [],
  };
}
