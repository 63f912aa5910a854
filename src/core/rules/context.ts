/** What the cross-file rules look at: every schema-valid record with the source it was read from. */
import type { ContentError, SourcePosition } from '../errors';
import type { ContentFile } from '../content-file';
import type {
  AudiencePathFrontMatter,
  CaseStudy,
  ChecklistProfile,
  Domain,
  FactsAndFigures,
  SupportOrganization,
  Glossary,
  LessonFrontMatter,
  Library as LibraryMeta,
  Release,
  Standard,
  ToolFrontMatter,
  Translation,
} from '../generated/content-types';
import type { PageSource } from '../page-source';
import type { ReleaseSnapshot } from '../releases/snapshot';
import type { PathSegment, YamlSource } from '../yaml-source';
import { fieldName } from '../schema-messages';

export interface Loaded<T> {
  readonly file: ContentFile;
  readonly source: YamlSource;
  readonly data: T;
  /** The whole text of the file (for a page, front matter included). */
  readonly text?: string;
  /** For a page: the page as read once, with its tree. */
  readonly page?: PageSource;
}

/** What every page's front matter has, whatever its kind. */
export interface PageFrontMatter {
  readonly title: string;
  /** On a translation: the fingerprint of the English page it was made from. */
  readonly source_hash?: string;
}

export interface RuleContext {
  readonly library?: Loaded<LibraryMeta>;
  readonly domains: readonly Loaded<Domain>[];
  readonly standards: readonly Loaded<Standard>[];
  readonly translations: readonly Loaded<Translation>[];
  readonly glossary?: Loaded<Glossary>;
  readonly checklists: readonly Loaded<ChecklistProfile>[];
  readonly releases: readonly Loaded<Release>[];
  readonly lessons: readonly Loaded<LessonFrontMatter>[];
  readonly tools: readonly Loaded<ToolFrontMatter>[];
  readonly cases: readonly Loaded<CaseStudy>[];
  readonly organizations: readonly Loaded<SupportOrganization>[];
  readonly figures?: Loaded<FactsAndFigures>;
  /** Every page of the current docs (lessons, tools, guides, audience pages...), in every language, with its text. */
  readonly pages: readonly Loaded<PageFrontMatter>[];
  /** Every audience page, in every language, with its front matter. */
  readonly audiencePaths: readonly Loaded<AudiencePathFrontMatter>[];
  /**
   * The ID of every standard file, named by its file name, valid or not, so that one broken standard
   * does not also make every reference to it an error.
   */
  readonly standardFileIds: ReadonlySet<string>;
  /** The ID of every organization file of the directory, named by its file name, valid or not. */
  readonly organizationFileIds: ReadonlySet<string>;
  /** The doc ID of every lesson file, valid or not. */
  readonly lessonDocIds: ReadonlySet<string>;
  /** The valid standards by ID. */
  readonly standardsById: ReadonlyMap<string, Standard>;
  /** The version of every release file, named by its file name, valid or not. */
  readonly releaseFileVersions: ReadonlySet<string>;
  /** The frozen data of every release cut so far, oldest first. */
  readonly snapshots: readonly ReleaseSnapshot[];
  /** Every schema-valid file under tool-data/ (see src/core/tool-data). */
  readonly toolDataFiles: readonly Loaded<unknown>[];
  /** Every file found under tool-data/, valid or not. */
  readonly toolDataFileNames: ReadonlySet<string>;
  /** Today as YYYY-MM-DD, for the rules that report facts due for review; the clock's day when not given. */
  readonly today?: string;
}

/** A cross-file rule: it reads the context and returns every problem it finds. */
export type Rule = (context: RuleContext) => ContentError[];

/** An error at the field `path` of a loaded record. */
export function errorAt(record: Loaded<unknown>, path: readonly PathSegment[], message: string, fix: string, target: 'key' | 'value' = 'value'): ContentError {
  const position: SourcePosition = record.source.locate(path, target);
  return { file: record.file.file, position, field: fieldName(path), message, fix };
}

/** The file name without folder and extension: `standards/governance/GOV-03.yaml` gives `GOV-03`. */
export function baseName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.(ya?ml|mdx?)$/, '');
}
