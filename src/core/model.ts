/**
 * The typed, immutable model of the whole library: what every plugin and script reads. The shapes of
 * the records come from the generated schema types; this file only adds where each record came from.
 */
import type {
  CaseStudy,
  ChecklistProfile,
  Domain,
  Figure,
  SupportOrganization,
  Term,
  LessonFrontMatter,
  Library as LibraryMeta,
  Release,
  Standard,
  ToolFrontMatter,
  Translation,
} from './generated/content-types';
import type { Root } from 'mdast';
import type { ReleaseSnapshot } from './releases/snapshot';
import type { ToolData } from './tool-data/model';

export type {
  Audience,
  CaseCommunity,
  CaseSector,
  CaseStudy,
  ChecklistProfile,
  Figure,
  FigurePart,
  FigureTopic,
  OrganizationService,
  SpokenLanguage,
  SupportOrganization,
  UsState,
  DatedFact,
  Domain,
  Level,
  Pathway,
  Release,
  Source,
  Stage,
  Standard,
  Successor,
  Term,
  Translation,
} from './generated/content-types';
export type { LibraryMeta };

/** A language of the library. The first language in library.yaml is the source language. */
export type Language = LibraryMeta['languages'][number];

/** Where a record was read from, relative to the project root. */
export interface FromFile {
  readonly file: string;
}

export type StandardRecord = Readonly<Standard> & FromFile;
export type DomainRecord = Readonly<Domain> & FromFile;
export type ChecklistRecord = Readonly<ChecklistProfile> & FromFile;
export type ReleaseRecord = Readonly<Release> & FromFile;
export type CaseRecord = Readonly<CaseStudy> & FromFile;
export type OrganizationRecord = Readonly<SupportOrganization> & FromFile;

/** A translation of a standard or a domain into one language. */
export type TranslationRecord = Readonly<Translation> &
  FromFile & {
    readonly language: Language;
    /** True when the English text changed after this translation was made. */
    readonly stale: boolean;
  };

/** A page of the docs (a lesson or a tool) whose front matter is part of the library's data. */
export interface DocPageRecord<FrontMatter> extends FromFile {
  /** The Docusaurus doc ID, e.g. `curricula/developer-fundamentals/co-op-identity`. */
  readonly docId: string;
  readonly language: Language;
  readonly frontMatter: Readonly<FrontMatter>;
}
export type LessonRecord = DocPageRecord<LessonFrontMatter>;

/** A page of the current docs, in the language it is written in, as read once (see page-source.ts). */
export interface DocPageSource extends DocPageRecord<Readonly<Record<string, unknown>>> {
  readonly kind: 'lesson' | 'curriculum' | 'tool' | 'guide' | 'audience-path';
  /** The page's tree: the search sections are read from it. */
  readonly tree: Root;
  /** On a translation: whether it matches the English page it was made from (see rules/page-translations.ts). */
  readonly translation?: 'current' | 'stale' | 'unstamped';
}
export type ToolRecord = DocPageRecord<ToolFrontMatter>;

export interface Library {
  readonly meta: Readonly<LibraryMeta>;
  /** Domains in the order of library.yaml. */
  readonly domains: readonly DomainRecord[];
  /** Every standard, sorted by ID. */
  readonly standards: readonly StandardRecord[];
  /** Translations by language, then by standard or domain ID. */
  readonly translations: Readonly<Partial<Record<Language, ReadonlyMap<string, TranslationRecord>>>>;
  readonly glossary: readonly Term[];
  readonly checklists: readonly ChecklistRecord[];
  /** Releases, oldest first. */
  readonly releases: readonly ReleaseRecord[];
  /** The frozen standards data of each release cut, oldest first; for a library rebuilt from a snapshot, only its own. */
  readonly snapshots: readonly ReleaseSnapshot[];
  readonly lessons: readonly LessonRecord[];
  readonly tools: readonly ToolRecord[];
  /** Every page of the current docs in every language, sorted by file; none for a library rebuilt from a snapshot. */
  readonly pages: readonly DocPageSource[];
  /** The words and facts of the tools and templates (tool-data/); none for a library rebuilt from a snapshot. */
  readonly toolData?: ToolData;
  /** Case studies of real worker co-ops, sorted by ID; none for a library rebuilt from a snapshot. */
  readonly cases: readonly CaseRecord[];
  /** The directory of support organizations, sorted by ID; none for a library rebuilt from a snapshot. */
  readonly organizations: readonly OrganizationRecord[];
  /** The facts and figures, in the order of standards/figures.yaml; none for a library rebuilt from a snapshot. */
  readonly figures: readonly Figure[];
}

/** Orders records by their `id`, as text. */
export const compareRecordIds = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Orders standard IDs by prefix, then by number: GOV-02 before GOV-10 before LEG-01. */
export function compareStandardIds(a: string, b: string): number {
  const [prefixA = '', numberA = '0'] = a.split('-');
  const [prefixB = '', numberB = '0'] = b.split('-');
  if (prefixA !== prefixB) return prefixA < prefixB ? -1 : 1;
  return Number(numberA) - Number(numberB);
}

/** Orders versions like 1.2.10 after 1.2.9. */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
