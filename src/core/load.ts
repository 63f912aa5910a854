/**
 * Loads the whole library from disk into one typed, immutable model: find the files (each kind as the
 * registry says), parse each once with positions (a page into its front matter and its tree), validate
 * each against its schema, then run the cross-file rules of every kind. Every error of every
 * file is collected; the model is returned only when there are none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findContentFiles, type ContentFile } from './content-files';
import { ContentValidationError, isWarning, sortContentErrors, WHOLE_FILE, type ContentError } from './errors';
import { checkInternalLinks, linksOfTree, linksOfYaml, type LinkSource } from './links';
import { checkMdxTree, checkPageSafety } from './mdx-safety';
import { openTreeCache, type TreeParser } from './page-cache';
import { readPage, type PageSource } from './page-source';
import { contentType, crossFileRules, TOOL_DATA_TYPES } from './registry';
import { toolDataIsUsable, toolDataOf } from './rules/tool-data';
import type {
  AudiencePathFrontMatter,
  CaseStudy,
  ChecklistProfile,
  Domain,
  FactsAndFigures,
  Glossary,
  SupportOrganization,
  LessonFrontMatter,
  Library as LibraryMeta,
  Release,
  Standard,
  ToolFrontMatter,
  Translation,
} from './generated/content-types';
import { compareRecordIds, compareStandardIds, compareVersions, type DocPageSource, type Language, type Library, type TranslationRecord } from './model';
import { checkArchivedPacks } from './releases/archived-packs';
import { checkArchivedPages } from './releases/archived-pages';
import { checkPageCorrections } from './releases/page-corrections';
import { readSnapshots } from './releases/snapshot-files';
import type { ReleaseSnapshot } from './releases/snapshot';
import { baseName, type Loaded, type PageFrontMatter, type RuleContext } from './rules/context';
import { pageTranslations } from './rules/page-translations';
import { validateAgainstSchema } from './schemas';
import { parseYamlSource } from './yaml-source';

export interface LoadResult {
  /** The model; undefined when there are errors. */
  library?: Library;
  /** Every problem that stops the build, sorted by file and position. */
  errors: ContentError[];
  /** Problems reported without stopping the build (stale translations), sorted the same way. */
  warnings: ContentError[];
  /** How many content files were read. */
  fileCount: number;
}

export interface LoadOptions {
  /**
   * A folder where page trees are kept between runs (see page-cache.ts), e.g.
   * node_modules/.cache/library-pages, and the project whose node_modules hold the parsers.
   */
  treeCache?: { folder: string; projectRoot: string };
  /** Whether each release's archived pack and pages are checked against their SHA256SUMS (default true); off only to archive a pack that is missing. */
  checkArchives?: boolean;
  /** The day the review-by dates of the data are compared with, as YYYY-MM-DD (default: today, in UTC). */
  today?: string;
}

/** Loads and validates the library whose content folders are under `root`. */
export function loadLibrary(root: string, options: LoadOptions = {}): LoadResult {
  const found = findContentFiles(root);
  const errors: ContentError[] = [...found.errors];
  const valid: Loaded<unknown>[] = [];
  const cache = options.treeCache ? openTreeCache(options.treeCache.folder, options.treeCache.projectRoot) : undefined;
  const readOnce = pageReader(cache?.parse);
  for (const file of found.files) {
    const text = fs.readFileSync(path.join(root, file.file), 'utf8');
    if (contentType(file.kind).format === 'page') {
      const page = readOnce(file.file, text);
      errors.push(...page.errors);
      if (page.tree) errors.push(...checkMdxTree(file.file, page.tree));
      if (page.frontMatter.data === undefined) continue;
      const schemaErrors = validateAgainstSchema(file.kind, page.frontMatter);
      errors.push(...schemaErrors);
      if (schemaErrors.length === 0 && page.tree) valid.push({ file, source: page.frontMatter, data: page.frontMatter.data, text, page });
      continue;
    }
    const parsed = (cache?.readYaml ?? parseYamlSource)(file.file, text);
    if (parsed.errors.length > 0) {
      errors.push(...parsed.errors);
      continue;
    }
    const schemaErrors = validateAgainstSchema(file.kind, parsed.source);
    errors.push(...schemaErrors);
    if (schemaErrors.length === 0) valid.push({ file, source: parsed.source, data: parsed.source.data, text });
  }
  // Pages outside the current docs (as releases froze them, and any other folder a plugin compiles) run as code too.
  for (const file of found.otherPages) errors.push(...checkPageSafety(readOnce(file, fs.readFileSync(path.join(root, file), 'utf8'))));
  cache?.prune();
  const snapshots = readSnapshots(root);
  errors.push(...snapshots.errors);
  if (options.checkArchives !== false) errors.push(...checkArchivedPacks(root, snapshots.snapshots), ...checkArchivedPages(root, snapshots.snapshots));
  const context = { ...buildContext(found.files, valid, snapshots.snapshots), today: options.today };
  if (options.checkArchives !== false) errors.push(...checkPageCorrections(root, context.releases));
  if (!context.library && !errors.some((error) => error.file === 'standards/library.yaml')) {
    errors.push({
      file: 'standards/library.yaml',
      position: { line: 1, column: 1 },
      field: WHOLE_FILE,
      message: 'is missing',
      fix: 'add the edition metadata file; see schemas/library.schema.json',
    });
  }
  for (const rule of crossFileRules()) errors.push(...rule(context));
  const sorted = sortContentErrors(errors.filter((error) => !isWarning(error)));
  const warnings = sortContentErrors(errors.filter(isWarning));
  const fileCount = found.files.length;
  if (sorted.length > 0 || !context.library) return { errors: sorted, warnings, fileCount };
  const staleFiles = new Set(warnings.filter((warning) => warning.field === 'source_hash').map((warning) => warning.file));
  const library = deepFreeze(toModel(context, valid, staleFiles));
  // Links are checked last: they need to know every standard, domain, term and page.
  const linkSources: LinkSource[] = [
    ...valid.flatMap(({ file, page }) =>
      page?.tree ? [{ file: file.file, links: linksOfTree(page.tree), exists: (target: string) => fs.existsSync(path.join(root, path.dirname(file.file), target)) }] : [],
    ),
    ...context.standards.map((record) => ({ file: record.file.file, links: linksOfYaml(record.source, record.text ?? ''), exists: () => true })),
  ];
  const linkErrors = sortContentErrors(checkInternalLinks(library, linkSources));
  if (linkErrors.length > 0) return { errors: linkErrors, warnings, fileCount };
  return { library, errors: [], warnings, fileCount };
}

/**
 * Reads pages, each text once: releases freeze copies of the docs, mostly unchanged, and a copy gets the
 * tree already made for its original, with its own file name in every problem.
 */
function pageReader(parse?: TreeParser): (file: string, text: string) => PageSource {
  const read = new Map<string, PageSource>();
  return (file, text) => {
    let page = read.get(text);
    if (!page) {
      page = readPage(file, text, { frontMatterRequired: true, parse });
      read.set(text, page);
    }
    return page.file === file ? page : { ...page, file, errors: page.errors.map((error) => ({ ...error, file })) };
  };
}

/**
 * Loads the library, or throws a ContentValidationError that lists every problem. Warnings, which do
 * not stop the build, go to `onWarning`.
 */
export function loadLibraryOrThrow(root: string, onWarning: (warning: ContentError) => void = () => {}, options: LoadOptions = {}): Library {
  const { library, errors, warnings } = loadLibrary(root, options);
  warnings.forEach(onWarning);
  if (!library) throw new ContentValidationError(errors);
  return library;
}

const TOOL_DATA_KINDS: ReadonlySet<string> = new Set(TOOL_DATA_TYPES.map((type) => type.kind));

function buildContext(files: readonly ContentFile[], valid: readonly Loaded<unknown>[], snapshots: readonly ReleaseSnapshot[]): RuleContext {
  const of = <T>(kind: ContentFile['kind']) => valid.filter((record) => record.file.kind === kind) as Loaded<T>[];
  const standards = of<Standard>('standard');
  return {
    library: of<LibraryMeta>('library')[0],
    domains: of<Domain>('domain'),
    standards,
    translations: of<Translation>('translation'),
    glossary: of<Glossary>('glossary')[0],
    checklists: of<ChecklistProfile>('checklist'),
    releases: of<Release>('release'),
    lessons: of<LessonFrontMatter>('lesson'),
    tools: of<ToolFrontMatter>('tool'),
    cases: of<CaseStudy>('case-study'),
    organizations: of<SupportOrganization>('organization'),
    figures: of<FactsAndFigures>('figures')[0],
    audiencePaths: of<AudiencePathFrontMatter>('audience-path'),
    pages: valid.filter((record) => record.file.docId !== undefined) as Loaded<PageFrontMatter>[],
    standardFileIds: new Set(files.filter((file) => file.kind === 'standard').map((file) => baseName(file.file))),
    organizationFileIds: new Set(files.filter((file) => file.kind === 'organization').map((file) => baseName(file.file))),
    lessonDocIds: new Set(files.filter((file) => file.kind === 'lesson' && file.language === 'en').map((file) => file.docId ?? '')),
    standardsById: new Map(standards.map((record) => [record.data.id, record.data])),
    releaseFileVersions: new Set(files.filter((file) => file.kind === 'release').map((file) => baseName(file.file))),
    snapshots,
    toolDataFiles: valid.filter((record) => TOOL_DATA_KINDS.has(record.file.kind)),
    toolDataFileNames: new Set(files.filter((file) => TOOL_DATA_KINDS.has(file.kind)).map((file) => file.file)),
  };
}

function toModel(context: RuleContext, valid: readonly Loaded<unknown>[], staleFiles: ReadonlySet<string>): Library {
  const meta = context.library!.data;
  const withFile = <T>(record: Loaded<T>) => ({ ...record.data, file: record.file.file });
  const domainOrder = (id: string) => meta.domains.indexOf(id);
  const translations: Partial<Record<Language, Map<string, TranslationRecord>>> = {};
  for (const record of context.translations) {
    const language = record.file.language as Language;
    const byId = (translations[language] ??= new Map());
    byId.set(record.data.id, { ...withFile(record), language, stale: staleFiles.has(record.file.file) });
  }
  const translationOf = new Map(pageTranslations(context).map(({ record, state }) => [record.file.file, state]));
  const docPage = <T>(record: Loaded<T>) => ({
    file: record.file.file,
    docId: record.file.docId ?? '',
    language: (record.file.language ?? 'en') as Language,
    frontMatter: record.data,
  });
  return {
    meta,
    domains: context.domains.map(withFile).sort((a, b) => domainOrder(a.id) - domainOrder(b.id)),
    standards: context.standards.map(withFile).sort((a, b) => compareStandardIds(a.id, b.id)),
    translations,
    glossary: context.glossary ? [...context.glossary.data.terms] : [],
    checklists: context.checklists.map(withFile),
    releases: context.releases.map(withFile).sort((a, b) => compareVersions(a.version, b.version)),
    snapshots: context.snapshots,
    lessons: context.lessons.map(docPage),
    tools: context.tools.map(docPage),
    cases: context.cases.map(withFile).sort(compareRecordIds),
    organizations: context.organizations.map(withFile).sort(compareRecordIds),
    figures: context.figures ? [...context.figures.data.figures] : [],
    toolData: toolDataIsUsable(context) ? toolDataOf(context).toolData : undefined,
    pages: valid.flatMap((record) => {
      if (!record.page?.tree) return [];
      const translation = translationOf.get(record.file.file);
      return [
        { ...docPage(record as Loaded<Record<string, unknown>>), kind: record.file.kind as DocPageSource['kind'], tree: record.page.tree, ...(translation ? { translation } : {}) },
      ];
    }),
  };
}

/** Parts of the model left as they are: a page's tree is large, and a parsed YAML document keeps state of its own. Both are only read. */
const UNFROZEN: ReadonlySet<string> = new Set(['tree', 'source']);

/** Freezes the model (but for the parts in UNFROZEN). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) value.forEach((item) => deepFreeze(item));
    else Object.entries(value).forEach(([key, item]) => !UNFROZEN.has(key) && deepFreeze(item));
  }
  return value;
}
