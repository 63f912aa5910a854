/**
 * The data each standards page receives, in one language: plain, serializable objects built from the
 * Library, with the translation applied and Markdown already rendered to HTML.
 */
import { renderMarkdown } from './markdown';
import type { Audience, DomainRecord, Language, Level, Library, Pathway, Source, Stage, StandardRecord, Successor } from './model';

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
  sources: Source[];
  introduced: string;
  successors: Array<LinkView & { relation: Successor['relation'] }>;
  /** Whether the text is in the page's language (false: shown in English until translated). */
  translated: boolean;
  editUrl: string;
}

export interface DomainView extends LinkView {
  prefix: string;
  purposeHtml: string;
  scopeHtml: string;
  translated: boolean;
  standards: StandardSummaryView[];
}

export interface ViewOptions {
  language: Language;
  /** The site's base URL for this language, e.g. "/" or "/es/". */
  baseUrl: string;
  /** Lesson links by standard ID, in this language. */
  lessonsByStandard?: ReadonlyMap<string, LinkView[]>;
}

export function standardPermalink(baseUrl: string, id: string): string {
  return `${baseUrl}standards/${id}`;
}

export function domainPermalink(baseUrl: string, id: string): string {
  return `${baseUrl}standards/domains/${id}`;
}

/** Builds the views of every standard and domain of `library` in one language. */
export function buildViews(library: Library, options: ViewOptions) {
  const { language, baseUrl } = options;
  const translations = library.translations[language];
  const standardIds = new Set(library.standards.map((standard) => standard.id));
  const markdown = (text: string) => renderMarkdown(text, { baseUrl, standardIds });
  const domainsById = new Map(library.domains.map((domain) => [domain.id, domain]));
  const titleOf = (id: string) => translations?.get(id)?.title ?? library.standards.find((item) => item.id === id)?.title ?? id;
  const link = (id: string): LinkView => ({ id, title: titleOf(id), permalink: standardPermalink(baseUrl, id) });

  const summary = (standard: StandardRecord): StandardSummaryView => ({
    id: standard.id,
    title: titleOf(standard.id),
    permalink: standardPermalink(baseUrl, standard.id),
    statement: translations?.get(standard.id)?.statement ?? standard.statement,
    domain: standard.domain,
    level: standard.level,
    stages: [...standard.stages],
    pathways: [...standard.pathways],
    audiences: [...standard.audiences],
    status: standard.status,
  });

  const standards: StandardView[] = library.standards.map((standard) => {
    const translation = translations?.get(standard.id);
    const domain = domainsById.get(standard.domain) as DomainRecord;
    return {
      ...summary(standard),
      domainTitle: translations?.get(domain.id)?.title ?? domain.title,
      domainPermalink: domainPermalink(baseUrl, domain.id),
      rationaleHtml: markdown(translation?.rationale ?? standard.rationale),
      guidanceHtml: markdown(translation?.guidance ?? standard.guidance),
      evidence: [...(translation?.evidence ?? standard.evidence)],
      related: standard.related.map(link),
      lessons: options.lessonsByStandard?.get(standard.id) ?? [],
      sources: standard.sources.map((source) => ({ ...source })),
      introduced: standard.introduced,
      successors: (standard.successors ?? []).map((successor) => ({ ...link(successor.id), relation: successor.relation })),
      translated: language === library.meta.languages[0] || Boolean(translation),
      editUrl: editUrl(library, translation?.file ?? standard.file),
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
      translated: language === library.meta.languages[0] || Boolean(translation),
      standards: library.standards.filter((standard) => standard.domain === domain.id).map(summary),
    };
  });

  return { standards, domains };
}

export function editUrl(library: Library, file: string): string {
  const { url, branch } = library.meta.repository;
  return `${url.replace(/\/$/, '')}/edit/${branch}/${file}`;
}
