/**
 * The data each standards page receives, in one language: plain, serializable objects built from the
 * Library, with the translation applied and Markdown already rendered to HTML.
 */
import { createTermFinder } from './glossary-terms';
import { renderMarkdown } from './markdown';
import type { Audience, DomainRecord, Language, Level, Library, Pathway, Source, Stage, StandardRecord, Successor, TranslationRecord } from './model';

export interface LinkView {
  id: string;
  title: string;
  permalink: string;
}

export interface StandardSummaryView extends LinkView {
  statement: string;
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
  /** The glossary terms the text uses, with their definitions, in order of first use. */
  terms: TermView[];
  sources: Source[];
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
  purposeHtml: string;
  scopeHtml: string;
  translation: TranslationState;
  sourcePermalink: string;
  editUrl: string;
  standards: StandardSummaryView[];
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

/** `/standards/GOV-03`, or `/standards/1.0.0/GOV-03` for the text as a release froze it. */
export function standardPermalink(baseUrl: string, id: string, version?: string): string {
  return version ? `${baseUrl}standards/${version}/${id}` : `${baseUrl}standards/${id}`;
}

export function domainPermalink(baseUrl: string, id: string): string {
  return `${baseUrl}standards/domains/${id}`;
}

/** Builds the views of every standard and domain of `library` in one language. */
export function buildViews(library: Library, options: ViewOptions) {
  const { language, baseUrl, sourceBaseUrl } = options;
  const stateOf = (translation: TranslationRecord | undefined): TranslationState =>
    language === library.meta.languages[0] ? 'source' : !translation ? 'missing' : translation.stale ? 'stale' : 'current';
  const translations = library.translations[language];
  const standardIds = new Set(library.standards.map((standard) => standard.id));
  const glossary = new Map(library.glossary.map((term) => [term.id, term]));
  const finder = createTermFinder(library, language);
  const terms = { finder, definitionOf: (id: string) => glossary.get(id)?.definition[language] ?? '' };
  const markdown = (text: string) => renderMarkdown(text, { baseUrl, standardIds, terms });
  const termView = (id: string): TermView => ({
    id,
    title: glossary.get(id)?.term[language] ?? id,
    definition: terms.definitionOf(id),
    permalink: `${baseUrl}glossary#${id}`,
  });
  const domainsById = new Map(library.domains.map((domain) => [domain.id, domain]));
  const titleOf = (id: string) => translations?.get(id)?.title ?? library.standards.find((item) => item.id === id)?.title ?? id;
  const link = (id: string): LinkView => ({ id, title: titleOf(id), permalink: standardPermalink(baseUrl, id, options.version) });

  const summary = (standard: StandardRecord) => summarizeStandard(library, standard, language, baseUrl, options.version);

  const standards: StandardView[] = library.standards.map((standard) => {
    const translation = translations?.get(standard.id);
    const domain = domainsById.get(standard.domain) as DomainRecord;
    const text = {
      statement: translation?.statement ?? standard.statement,
      rationale: translation?.rationale ?? standard.rationale,
      guidance: translation?.guidance ?? standard.guidance,
    };
    return {
      ...summary(standard),
      domainTitle: translations?.get(domain.id)?.title ?? domain.title,
      domainPermalink: domainPermalink(baseUrl, domain.id),
      rationaleHtml: markdown(text.rationale),
      guidanceHtml: markdown(text.guidance),
      evidence: [...(translation?.evidence ?? standard.evidence)],
      related: standard.related.map(link),
      lessons: options.lessonsByStandard?.get(standard.id) ?? [],
      terms: finder.termsIn([text.statement, text.rationale, text.guidance]).map(termView),
      sources: standard.sources.map((source) => ({ ...source })),
      introduced: standard.introduced,
      successors: (standard.successors ?? []).map((successor) => ({ ...link(successor.id), relation: successor.relation })),
      translation: stateOf(translation),
      sourcePermalink: standardPermalink(sourceBaseUrl, standard.id, options.version),
      editUrl: editUrl(library, translation?.file ?? standard.file),
      ...(options.lastUpdated?.get(translation?.file ?? standard.file) ? { lastUpdated: options.lastUpdated.get(translation?.file ?? standard.file) } : {}),
    };
  });

  const domains: DomainView[] = library.domains.map((domain) => {
    const translation = translations?.get(domain.id);
    return {
      id: domain.id,
      prefix: domain.prefix,
      title: translation?.title ?? domain.title,
      permalink: domainPermalink(baseUrl, domain.id),
      purposeHtml: markdown(translation?.purpose ?? domain.purpose),
      scopeHtml: markdown(translation?.scope ?? domain.scope),
      translation: stateOf(translation),
      sourcePermalink: domainPermalink(sourceBaseUrl, domain.id),
      editUrl: editUrl(library, translation?.file ?? domain.file),
      standards: library.standards.filter((standard) => standard.domain === domain.id).map(summary),
    };
  });

  return { standards, domains };
}

/** A standard in short, in one language: what lists, cards and the checklist builder show. */
export function summarizeStandard(library: Library, standard: StandardRecord, language: Language, baseUrl: string, version?: string): StandardSummaryView {
  const translation = library.translations[language]?.get(standard.id);
  return {
    id: standard.id,
    title: translation?.title ?? standard.title,
    permalink: standardPermalink(baseUrl, standard.id, version),
    statement: translation?.statement ?? standard.statement,
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
