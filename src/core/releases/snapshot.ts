/**
 * A release snapshot: the standards data of one release, frozen as one JSON file in
 * `versioned_standards/<version>.json` when the release is cut. Every page, pack and diff of an old
 * release is built from its snapshot, never from the files being edited now.
 */
import type { ChecklistRecord, DomainRecord, Language, Library, LibraryMeta, ReleaseRecord, StandardRecord, Term, TranslationRecord } from '../model';
import { compareVersions } from '../model';

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

/**
 * Freezes the library's standards data as release `version`: each kind of content the registry marks
 * as frozen by snapshots, under its key, in registry order.
 */
export function createSnapshot(library: Library, version: string, kinds: readonly SnapshotPart[]): ReleaseSnapshot {
  return Object.fromEntries([['version', version], ...kinds.map((part) => [part.key, part.freeze(library, version)])]) as unknown as ReleaseSnapshot;
}

/** How one kind of content is frozen into a snapshot (see `snapshot` in src/core/registry/types.ts). */
export interface SnapshotPart {
  readonly key: Exclude<keyof ReleaseSnapshot, 'version'>;
  readonly freeze: (library: Library, version: string) => unknown;
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
    pages: [],
    cases: [],
    organizations: [],
    figures: [],
  };
}
