/**
 * The search records of the library in one language: one model for both engines. A record is a place
 * a reader can land on (a standard, a domain, a glossary term, or a section of a doc page) with its
 * title, the headings above it, its text, its address and the facets it can be filtered by.
 */
import { docAddress } from '../doc-address';
import type { DocPageSource, Language, Library, StandardRecord } from '../model';
import { domainPermalink, standardPermalink } from '../permalinks';
import { markdownText } from '../plain-text';
import { splitSections } from './sections';
import type { SearchLanguage } from './text';

import type { RecordFacet, SearchRecordType } from './facets';

export { RECORD_FACETS, RECORD_TYPES, type RecordFacet, type SearchRecordType } from './facets';

export interface SearchRecord {
  /** Stable and unique across languages, e.g. `en:/standards/GOV-03` or `es:/es/glossary#patronage`. */
  readonly objectID: string;
  readonly type: SearchRecordType;
  readonly language: SearchLanguage;
  /** The edition of the library the record comes from. */
  readonly version: string;
  /** The page's title; for a standard, without its ID. */
  readonly title: string;
  /** A standard's ID, or a domain's prefix. */
  readonly code?: string;
  /** The part of the site, then the page, then the headings down to this record, e.g. Curricula › lesson › Activities. */
  readonly hierarchy: readonly string[];
  /** The section's own heading; empty for a page's opening text. */
  readonly heading: string;
  readonly content: string;
  /** The address without the site's base URL or the anchor. */
  readonly path: string;
  /** Without `#`; empty for the top of the page. */
  readonly anchor: string;
  /** Facet values; `type` is always there. */
  readonly facets: Readonly<Partial<Record<RecordFacet, readonly string[]>>>;
  /** How much the record's matches count against others': 1 by default (see RECORD_BOOSTS). */
  readonly boost?: number;
}

/**
 * Standards and glossary terms are what readers look for most; a lesson's activities, discussion
 * questions and check repeat the lesson's words, so they come after its teaching text.
 */
export const RECORD_BOOSTS = { standard: 1.25, glossary: 1.15, lessonPractice: 0.6 } as const;

/** The lesson sections, counted from 0, from which on a lesson's text is practice (see the lesson structure rule). */
const FIRST_PRACTICE_SECTION = 2;

/** The names of the parts of the site, shown above a result. */
export const SECTION_NAMES: Record<SearchLanguage, Record<SearchRecordType, string>> = {
  en: {
    standard: 'Standards',
    domain: 'Standards',
    lesson: 'Curricula',
    curriculum: 'Curricula',
    tool: 'Tools',
    guide: 'Guides',
    glossary: 'Glossary',
    path: 'Guides for you',
    case: 'Case studies',
    organization: 'Directory',
    figure: 'Facts and figures',
  },
  es: {
    standard: 'Estándares',
    domain: 'Estándares',
    lesson: 'Planes de estudios',
    curriculum: 'Planes de estudios',
    tool: 'Herramientas',
    guide: 'Guías',
    glossary: 'Glosario',
    path: 'Guías para usted',
    case: 'Casos de estudio',
    organization: 'Directorio',
    figure: 'Datos y cifras',
  },
};

/** The address of a record, with its anchor. */
export function recordUrl(record: Pick<SearchRecord, 'path' | 'anchor'>): string {
  return record.anchor ? `${record.path}#${record.anchor}` : record.path;
}

export interface RecordOptions {
  language: SearchLanguage;
  /** `/` for the default language, `/es/` for Spanish. */
  baseUrl: string;
  /**
   * Where a doc page is and what it is called: inside the build, the docs plugin's permalink (base URL
   * included) and title; undefined leaves the page out. Without a build, see pageWithoutBuild.
   */
  docPage?: (page: DocPageSource) => DocPageAddress | undefined;
}

/** A doc page's address, base URL included, and its title, as the docs plugin gives them. */
export interface DocPageAddress {
  readonly permalink: string;
  readonly title: string;
}

/** A page's address by the docs plugin's rules, and the title of its front matter, for records made without a build. */
export function pageWithoutBuild(baseUrl: string): (page: DocPageSource) => DocPageAddress {
  return (page) => ({
    permalink: `${baseUrl.replace(/\/$/, '')}${docAddress(page.docId, page.frontMatter.slug)}`,
    title: typeof page.frontMatter.title === 'string' ? page.frontMatter.title : page.docId,
  });
}

export function standardRecords(library: Library, { language, baseUrl }: RecordOptions): SearchRecord[] {
  const translations = library.translations[language as Language];
  const domainTitle = (id: string) => translations?.get(id)?.title ?? library.domains.find((domain) => domain.id === id)?.title ?? id;
  return library.standards
    .filter((standard) => standard.status !== 'retired')
    .map((standard: StandardRecord) => {
      const translation = translations?.get(standard.id);
      const text = {
        title: translation?.title ?? standard.title,
        statement: translation?.statement ?? standard.statement,
        rationale: translation?.rationale ?? standard.rationale,
        guidance: translation?.guidance ?? standard.guidance,
        evidence: translation?.evidence ?? standard.evidence,
      };
      const path = standardPermalink(baseUrl, standard.id);
      return {
        objectID: `${language}:${path}`,
        type: 'standard',
        language,
        version: library.meta.version,
        title: text.title,
        code: standard.id,
        hierarchy: [SECTION_NAMES[language].standard, domainTitle(standard.domain), `${standard.id} ${text.title}`],
        heading: '',
        content: [text.statement, markdownText(text.rationale), markdownText(text.guidance), ...text.evidence].join('\n'),
        path,
        anchor: '',
        facets: {
          type: ['standard'],
          domain: [standard.domain],
          level: [standard.level],
          stage: [...standard.stages],
          pathway: [...standard.pathways],
          audience: [...standard.audiences],
        },
        boost: RECORD_BOOSTS.standard,
      } satisfies SearchRecord;
    });
}

export function domainRecords(library: Library, { language, baseUrl }: RecordOptions): SearchRecord[] {
  const translations = library.translations[language as Language];
  return library.domains.map((domain) => {
    const translation = translations?.get(domain.id);
    const title = translation?.title ?? domain.title;
    const path = domainPermalink(baseUrl, domain.id);
    return {
      objectID: `${language}:${path}`,
      type: 'domain',
      language,
      version: library.meta.version,
      title,
      code: domain.prefix,
      hierarchy: [SECTION_NAMES[language].domain, title],
      heading: '',
      content: [markdownText(translation?.purpose ?? domain.purpose), markdownText(translation?.scope ?? domain.scope)].join('\n'),
      path,
      anchor: '',
      facets: { type: ['domain'], domain: [domain.id] },
      boost: 1,
    } satisfies SearchRecord;
  });
}

export function glossaryRecords(library: Library, { language, baseUrl }: RecordOptions): SearchRecord[] {
  const path = `${baseUrl}glossary`;
  return library.glossary.map((term) => ({
    objectID: `${language}:${path}#${term.id}`,
    type: 'glossary',
    language,
    version: library.meta.version,
    title: term.term[language],
    hierarchy: [SECTION_NAMES[language].glossary, term.term[language]],
    heading: '',
    content: term.definition[language],
    path,
    anchor: term.id,
    facets: { type: ['glossary'], domain: domainsOf(library, term.standards ?? []) },
    boost: RECORD_BOOSTS.glossary,
  }));
}

/**
 * The records of the doc pages of one kind written in the records' language: a page that is not
 * translated is left out of the Spanish records, since its text is English and English search finds it.
 */
export function docRecordsOfKind(kind: DocPageSource['kind']): (library: Library, options: RecordOptions) => SearchRecord[] {
  return (library, options) => {
    const describe = options.docPage ?? pageWithoutBuild(options.baseUrl);
    return library.pages.flatMap((page) => {
      const address = page.kind === kind && page.language === options.language ? describe(page) : undefined;
      return address ? docRecords(library, page, address) : [];
    });
  };
}

/** The opening page of a part of the docs is listed with that part: docs/tools/index.mdx with the tools. */
const PART_TYPES: Readonly<Record<string, SearchRecordType>> = { curricula: 'curriculum', tools: 'tool' };

function searchType(page: DocPageSource): SearchRecordType {
  if (page.kind === 'audience-path') return 'path';
  return page.kind === 'guide' ? (PART_TYPES[page.docId.split('/')[0]!] ?? 'guide') : page.kind;
}

function docRecords(library: Library, page: DocPageSource, { permalink: url, title }: DocPageAddress): SearchRecord[] {
  const type = searchType(page);
  const summary = [page.frontMatter.summary, page.frontMatter.description].filter((value): value is string => typeof value === 'string').join('\n');
  const standards = Array.isArray(page.frontMatter.standards) ? (page.frontMatter.standards as string[]) : [];
  const audience = audiencesOf(page.frontMatter.audience);
  const facets = {
    type: [type],
    ...(standards.length > 0 ? { domain: domainsOf(library, standards) } : {}),
    ...(audience.length > 0 ? { audience: [...audience] } : {}),
  };
  const sections = splitSections(page.tree);
  const opening = sections[0]?.headings.length === 0 ? sections.shift()!.text : '';
  const top: SearchRecord = {
    objectID: `${page.language}:${url}`,
    type,
    language: page.language,
    version: library.meta.version,
    title,
    hierarchy: [SECTION_NAMES[page.language][type], title],
    heading: '',
    content: [summary, opening].filter(Boolean).join('\n'),
    path: url,
    anchor: '',
    facets,
    boost: 1,
  };
  const topHeadings = [...new Set(sections.map((section) => section.headings[0]))];
  const isPractice = (section: (typeof sections)[number]) => type === 'lesson' && topHeadings.indexOf(section.headings[0]) >= FIRST_PRACTICE_SECTION;
  return [
    top,
    ...sections.map((section) => ({
      ...top,
      objectID: `${page.language}:${url}#${section.anchor}`,
      hierarchy: [...top.hierarchy, ...section.headings],
      heading: section.headings.at(-1) ?? '',
      content: section.text,
      anchor: section.anchor,
      boost: isPractice(section) ? RECORD_BOOSTS.lessonPractice : 1,
    })),
  ];
}

/** A page's audiences: a lesson lists them, an audience page names one; the public is no facet value. */
function audiencesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' && value !== 'public' ? [value] : [];
}

/** The domains of some standards, in the library's order, each once. */
export function domainsOf(library: Library, ids: readonly string[]): string[] {
  const wanted = new Set(ids.map((id) => library.standards.find((standard) => standard.id === id)?.domain).filter(Boolean));
  return library.domains.map((domain) => domain.id).filter((id) => wanted.has(id));
}
