/**
 * The data each standards page receives, in one language: plain, serializable objects built from the
 * Library, with the translation applied and Markdown already rendered to HTML.
 */
import { domainPermalink, standardPermalink } from './permalinks';
import { casePermalink } from './public/permalinks';

export { domainPermalink, standardPermalink } from './permalinks';
import { createTermFinder } from './glossary-terms';
import { renderMarkdown } from './markdown';
import { datedFactViews, type DatedFactView } from './dated-facts-view';
import type { Audience, DomainRecord, Language, Level, Library, Pathway, Source, Stage, StandardRecord, Successor, TranslationRecord } from './model';

export interface LinkView {
  id: string;
  title: string;
  permalink: string;
}

export interface StandardSummaryView extends LinkView {
  statement: string;
  /** The language of the title and the text: the page's, or English where the standard is not translated. */
  textLanguage: Language;
  domain: string;
  level: Level;
  stages: Stage[];
  pathways: Pathway[];
  audiences: Audience[];
  status: StandardRecord['status'];
}

export interface StandardView extends StandardSummaryView {
  domainTitle: string;
  domainPermalink: string;
  rationaleHtml: string;
  guidanceHtml: string;
  evidence: string[];
  related: LinkView[];
  lessons: LinkView[];
  /** The case studies of real co-ops that show the standard in practice (none for a past release). */
  cases: LinkView[];
  /** The glossary terms the text uses, with their definitions, in order of first use. */
  terms: TermView[];
  sources: Source[];
  /** Facts of the text that depend on a date (a change in the law to come, a rule that ends). */
  datedFacts: DatedFactView[];
  introduced: string;
  successors: Array<LinkView & { relation: Successor['relation'] }>;
  translation: TranslationState;
  /** The same page in the source language, for the notice on a stale or missing translation. */
  sourcePermalink: string;
  editUrl: string;
  /** When the text shown was last changed (YYYY-MM-DD), from the history of its file, if known. */
  lastUpdated?: string;
}

/**
 * How the text of a page stands in the page's language: `source` (the page is in the source
 * language), `current` (translated and up to date), `stale` (translated, but the English changed
 * since), `missing` (shown in English until translated).
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'missing';

export interface TermView extends LinkView {
  definition: string;
}

export interface DomainView extends LinkView {
  prefix: string;
  /** The language of the title and the text: the page's, or English where the domain is not translated. */
  textLanguage: Language;
  purposeHtml: string;
  scopeHtml: string;
  translation: TranslationState;
  sourcePermalink: string;
  editUrl: string;
  standards: StandardSummaryView[];
}

/** A standard's text in one language: its translation, or the English, marked as such. */
export interface LocalizedStandard {
  readonly record: StandardRecord;
  readonly title: string;
  readonly statement: string;
  readonly rationale: string;
  readonly guidance: string;
  readonly evidence: readonly string[];
  /** The language the text is in: the view's language, or the source language where there is no translation. */
  readonly textLanguage: Language;
  readonly translation: TranslationState;
  /** The file the text was read from: the translation's, or the standard's own. */
  readonly textFile: string;
  /** The translation the text was read from, if any. */
  readonly translationRecord?: TranslationRecord;
}

/** A domain's text in one language: its translation, or the English, marked as such. */
export interface LocalizedDomain {
  readonly record: DomainRecord;
  readonly title: string;
  readonly purpose: string;
  readonly scope: string;
  readonly textLanguage: Language;
  readonly translation: TranslationState;
  readonly textFile: string;
}

/** The library as read in one language. Every page, download and feed that shows a standard's or a domain's text reads it from here. */
export interface LibraryInLanguage {
  readonly language: Language;
  /** In the order of the library: by ID. */
  readonly standards: readonly LocalizedStandard[];
  /** In the order of library.yaml. */
  readonly domains: readonly LocalizedDomain[];
  standard(id: string): LocalizedStandard | undefined;
  domain(id: string): LocalizedDomain | undefined;
  /** The title of a standard or a domain in this language, or `id` itself when the library has no such record. */
  titleOf(id: string): string;
}

const localized = new WeakMap<Library, Map<Language, LibraryInLanguage>>();

/**
 * The library in `language`: each standard's and domain's translated text, or, where there is no
 * translation, the English with `textLanguage` set to English and `translation` set to `missing`, so
 * that a page can say so and mark the text with its language. Built once per library and language.
 */
export function localize(library: Library, language: Language): LibraryInLanguage {
  const cached = localized.get(library)?.get(language);
  if (cached) return cached;
  const source = library.meta.languages[0];
  const translations = library.translations[language];
  const stateOf = (translation: TranslationRecord | undefined): TranslationState =>
    language === source ? 'source' : !translation ? 'missing' : translation.stale ? 'stale' : 'current';
  const found = (id: string) => (language === source ? undefined : translations?.get(id));
  const standards = library.standards.map((record): LocalizedStandard => {
    const translation = found(record.id);
    return {
      record,
      title: translation?.title ?? record.title,
      statement: translation?.statement ?? record.statement,
      rationale: translation?.rationale ?? record.rationale,
      guidance: translation?.guidance ?? record.guidance,
      evidence: translation?.evidence ?? record.evidence,
      textLanguage: translation ? language : source,
      translation: stateOf(translation),
      textFile: translation?.file ?? record.file,
      ...(translation ? { translationRecord: translation } : {}),
    };
  });
  const domains = library.domains.map((record): LocalizedDomain => {
    const translation = found(record.id);
    return {
      record,
      title: translation?.title ?? record.title,
      purpose: translation?.purpose ?? record.purpose,
      scope: translation?.scope ?? record.scope,
      textLanguage: translation ? language : source,
      translation: stateOf(translation),
      textFile: translation?.file ?? record.file,
    };
  });
  const standardsById = new Map(standards.map((standard) => [standard.record.id, standard]));
  const domainsById = new Map(domains.map((domain) => [domain.record.id, domain]));
  const view: LibraryInLanguage = {
    language,
    standards,
    domains,
    standard: (id) => standardsById.get(id),
    domain: (id) => domainsById.get(id),
    titleOf: (id) => standardsById.get(id)?.title ?? domainsById.get(id)?.title ?? id,
  };
  if (!localized.has(library)) localized.set(library, new Map());
  localized.get(library)!.set(language, view);
  return view;
}

export interface ViewOptions {
  language: Language;
  /** The site's base URL for this language, e.g. "/" or "/es/". */
  baseUrl: string;
  /** The site's base URL in the source language, e.g. "/". */
  sourceBaseUrl: string;
  /** Lesson links by standard ID, in this language. */
  lessonsByStandard?: ReadonlyMap<string, LinkView[]>;
  /** Last change of each data file, by path (see lastUpdatedDates in the plugin). */
  lastUpdated?: ReadonlyMap<string, string>;
  /** For the pages of a past release: its version, so that links between standards stay in that release. */
  version?: string;
}

/** Builds the views of every standard and domain of `library` in one language. */
export function buildViews(library: Library, options: ViewOptions) {
  const { language, baseUrl, sourceBaseUrl } = options;
  const texts = localize(library, language);
  const standardIds = new Set(library.standards.map((standard) => standard.id));
  const glossary = new Map(library.glossary.map((term) => [term.id, term]));
  const finder = createTermFinder(library, language);
  const terms = { finder, definitionOf: (id: string) => glossary.get(id)?.definition[language] ?? '' };
  const markdown = (text: string) => renderMarkdown(text, { baseUrl, standardIds, terms, version: options.version });
  const termView = (id: string): TermView => ({
    id,
    title: glossary.get(id)?.term[language] ?? id,
    definition: terms.definitionOf(id),
    permalink: `${baseUrl}glossary#${id}`,
  });
  const link = (id: string): LinkView => ({ id, title: texts.titleOf(id), permalink: standardPermalink(baseUrl, id, options.version) });
  const summary = (text: LocalizedStandard) => summaryOf(text, baseUrl, options.version);

  const standards: StandardView[] = texts.standards.map((text) => {
    const standard = text.record;
    const domain = texts.domain(standard.domain)!;
    const lastUpdated = options.lastUpdated?.get(text.textFile);
    return {
      ...summary(text),
      domainTitle: domain.title,
      domainPermalink: domainPermalink(baseUrl, domain.record.id, options.version),
      rationaleHtml: markdown(text.rationale),
      guidanceHtml: markdown(text.guidance),
      evidence: [...text.evidence],
      related: standard.related.map(link),
      lessons: options.lessonsByStandard?.get(standard.id) ?? [],
      cases: library.cases.filter((item) => item.standards.includes(standard.id)).map((item) => ({ id: item.id, title: item.name, permalink: casePermalink(baseUrl, item.id) })),
      terms: finder.termsIn([text.statement, text.rationale, text.guidance]).map(termView),
      sources: standard.sources.map((source) => ({ ...source })),
      datedFacts: datedFactViews(standard, text.translationRecord, language, library.meta.languages[0]),
      introduced: standard.introduced,
      successors: (standard.successors ?? []).map((successor) => ({ ...link(successor.id), relation: successor.relation })),
      translation: text.translation,
      sourcePermalink: standardPermalink(sourceBaseUrl, standard.id, options.version),
      editUrl: editUrl(library, text.textFile),
      ...(lastUpdated ? { lastUpdated } : {}),
    };
  });

  const domains: DomainView[] = texts.domains.map((text) => {
    const domain = text.record;
    return {
      id: domain.id,
      prefix: domain.prefix,
      title: text.title,
      permalink: domainPermalink(baseUrl, domain.id, options.version),
      textLanguage: text.textLanguage,
      purposeHtml: markdown(text.purpose),
      scopeHtml: markdown(text.scope),
      translation: text.translation,
      sourcePermalink: domainPermalink(sourceBaseUrl, domain.id),
      editUrl: editUrl(library, text.textFile),
      standards: texts.standards.filter((standard) => standard.record.domain === domain.id).map(summary),
    };
  });

  return { standards, domains };
}

/** A standard in short, in one language: what lists, cards and the checklist builder show. */
export function summarizeStandard(library: Library, standard: StandardRecord, language: Language, baseUrl: string, version?: string): StandardSummaryView {
  return summaryOf(localize(library, language).standard(standard.id)!, baseUrl, version);
}

function summaryOf(text: LocalizedStandard, baseUrl: string, version?: string): StandardSummaryView {
  const standard = text.record;
  return {
    id: standard.id,
    title: text.title,
    permalink: standardPermalink(baseUrl, standard.id, version),
    statement: text.statement,
    textLanguage: text.textLanguage,
    domain: standard.domain,
    level: standard.level,
    stages: [...standard.stages],
    pathways: [...standard.pathways],
    audiences: [...standard.audiences],
    status: standard.status,
  };
}

export function editUrl(library: Library, file: string): string {
  const { url, branch } = library.meta.repository;
  return `${url.replace(/\/$/, '')}/edit/${branch}/${file}`;
}

/** The page of a folder of the repository, where a contributor sees its files and adds one. */
export function folderUrl(library: Library, folder: string): string {
  const { url, branch } = library.meta.repository;
  return `${url.replace(/\/$/, '')}/tree/${branch}/${folder}`;
}
