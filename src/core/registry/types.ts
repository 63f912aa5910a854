/**
 * What the library knows about each kind of content. One entry per kind, in src/core/registry; the
 * loader, the rules, the link check, the search records, `npm run new` and release snapshots all read
 * these entries instead of switching on file paths.
 */
import type { ContentFile } from '../content-file';
import type { Library } from '../model';
import type { SnapshotPart } from '../releases/snapshot';
import type { Rule } from '../rules/context';
import type { ContentKind } from '../schemas';
import type { RecordOptions, SearchRecord } from '../search/records';

/** What a file's place says about it, besides its kind (see ContentFile). */
export type FilePlace = Omit<ContentFile, 'file' | 'kind'>;

/** The English and Spanish of a name shown to people. */
export interface Bilingual {
  readonly en: string;
  readonly es: string;
}

/** How `npm run new -- <command>` makes a file of this kind. */
export interface Scaffold {
  /** The word after `npm run new --`, e.g. `standard`. */
  readonly command: string;
  /** The options it takes, for the usage line, e.g. `--domain <domain>`. */
  readonly usage: string;
  /**
   * The new file: its path relative to the root, its text, and what the contributor fills in. Throws an
   * Error with a plain message when an option is missing or wrong.
   */
  readonly create: (root: string, options: Readonly<Record<string, string | undefined>>) => { file: string; content: string; fillIn: string };
}

export interface ContentType {
  /** The kind; its schema is schemas/<kind>.schema.json. */
  readonly kind: ContentKind;
  /** What one file of this kind is called, in both languages. */
  readonly label: Bilingual;
  /** YAML data, or a Markdown/MDX page whose front matter is the data. */
  readonly format: 'yaml' | 'page';
  /** The folders, relative to the root, where files of this kind sit. */
  readonly folders: readonly string[];
  /** Whether `file` (relative to the root) is of this kind, and what its place says; undefined when not. */
  readonly match: (file: string) => FilePlace | undefined;
  /** What identifies a record: e.g. a standard's `id`, a page's doc ID. Written for contributors. */
  readonly identity: string;
  /**
   * How the kind lives across releases: `snapshot` (frozen into versioned_standards/ when a release is
   * cut), `docs-version` (copied by Docusaurus into versioned_docs/), or `current` (only the newest).
   */
  readonly versioned: 'snapshot' | 'docs-version' | 'current';
  /**
   * How the kind is translated: `records` (a translation file per record, with the hash of the English
   * it translates, see the `translation` kind), `pages` (a copy of the page under i18n/<language>/),
   * `inline` (both languages in the file itself) or `none`.
   */
  readonly translated: 'records' | 'pages' | 'inline' | 'none';
  /** The cross-file rules about this kind, run after every file has passed its schema. */
  readonly rules: readonly Rule[];
  /** The addresses of the site this kind's records have, e.g. `/standards/GOV-03` (for the link check). */
  readonly addresses?: (library: Library) => string[];
  /** The search records of this kind in one language. */
  readonly searchRecords?: (library: Library, options: RecordOptions) => SearchRecord[];
  /** For a kind frozen by releases: its key in a release snapshot, and its frozen value. */
  readonly snapshot?: SnapshotPart;
  /** How `npm run new` makes a file of this kind, if it can. */
  readonly scaffold?: Scaffold;
}
