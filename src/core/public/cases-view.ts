/**
 * What the case study pages receive, in one language: each case with its text in that language, its
 * Markdown rendered to safe HTML, its partners linked to the directory and its standards by title.
 */
import { renderMarkdown } from '../markdown';
import type { CaseCommunity, CaseRecord, CaseSector, Language, Library, Source, SpokenLanguage, UsState } from '../model';
import { standardPermalink } from '../permalinks';
import { editUrl, localize, type LinkView } from '../views';
import { casePermalink, organizationPermalink } from './permalinks';

/** A case in a list: what the cards show and the filters read. */
export interface CaseSummaryView {
  id: string;
  name: string;
  permalink: string;
  summary: string;
  city: string;
  state: UsState;
  sector: CaseSector;
  pathway: CaseRecord['pathway'];
  founded: number;
  becameCoop?: number;
  workers: number;
  sizeYear: number;
  languages: SpokenLanguage[];
  communities: CaseCommunity[];
  status: CaseRecord['status'];
}

export interface CaseView extends CaseSummaryView {
  owners?: number;
  /** The partners, linked to their entry in the directory when they are in it. */
  partners: Array<{ name: string; permalink?: string }>;
  financingHtml: string;
  storyHtml: string;
  standards: LinkView[];
  website?: string;
  sources: Source[];
  checked: string;
  editUrl: string;
}

export function caseSummaryView(record: CaseRecord, language: Language, baseUrl: string): CaseSummaryView {
  return {
    id: record.id,
    name: record.name,
    permalink: casePermalink(baseUrl, record.id),
    summary: record.summary[language],
    city: record.city,
    state: record.state,
    sector: record.sector,
    pathway: record.pathway,
    founded: record.founded,
    ...(record.became_coop === undefined ? {} : { becameCoop: record.became_coop }),
    workers: record.size.workers,
    sizeYear: record.size.year,
    languages: [...record.languages],
    communities: [...record.communities],
    status: record.status,
  };
}

/** Every case of the library, in one language, sorted by ID. */
export function caseViews(library: Library, language: Language, baseUrl: string): CaseView[] {
  const texts = localize(library, language);
  const standardIds = new Set(library.standards.map((standard) => standard.id));
  const directory = new Set(library.organizations.map((organization) => organization.id));
  const markdown = (text: string) => renderMarkdown(text, { baseUrl, standardIds });
  return library.cases.map((record) => ({
    ...caseSummaryView(record, language, baseUrl),
    ...(record.size.owners === undefined ? {} : { owners: record.size.owners }),
    partners: (record.partners ?? []).map((partner) => ({
      name: partner.name,
      ...(partner.directory && directory.has(partner.directory) ? { permalink: organizationPermalink(baseUrl, partner.directory) } : {}),
    })),
    financingHtml: markdown(record.financing[language]),
    storyHtml: markdown(record.story[language]),
    standards: record.standards.map((id) => ({ id, title: texts.titleOf(id), permalink: standardPermalink(baseUrl, id) })),
    ...(record.website ? { website: record.website } : {}),
    sources: record.sources.map((source) => ({ ...source })),
    checked: record.checked,
    editUrl: editUrl(library, record.file),
  }));
}

/** The cases that show each standard, by standard ID, as links in one language. */
export function casesByStandard(library: Library, baseUrl: string): Map<string, LinkView[]> {
  const result = new Map<string, LinkView[]>();
  for (const record of library.cases) {
    for (const id of record.standards) {
      const list = result.get(id) ?? [];
      list.push({ id: record.id, title: record.name, permalink: casePermalink(baseUrl, record.id) });
      result.set(id, list);
    }
  }
  return result;
}
