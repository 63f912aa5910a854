/**
 * The search records of the case studies, the directory and the facts and figures, in one language:
 * one record per case (its page), per organization (its entry in the directory) and per figure.
 */
import type { Language, Library } from '../model';
import { markdownText } from '../plain-text';
import { SECTION_NAMES, type RecordOptions, type SearchRecord } from '../search/records';
import { domainsOf } from '../search/records';
import { worksNationwide } from './directory-view';
import { casePermalink, directoryPermalink, factsPermalink } from './permalinks';
import { stateName } from './us-states';

export function caseRecords(library: Library, { language, baseUrl }: RecordOptions): SearchRecord[] {
  const lang = language as Language;
  return library.cases.map((record) => {
    const path = casePermalink(baseUrl, record.id);
    return {
      objectID: `${language}:${path}`,
      type: 'case',
      language,
      version: library.meta.version,
      title: record.name,
      hierarchy: [SECTION_NAMES[language].case, record.name],
      heading: '',
      content: [record.summary[lang], `${record.city}, ${stateName(record.state, lang)}`, markdownText(record.story[lang]), markdownText(record.financing[lang])].join('\n'),
      path,
      anchor: '',
      facets: {
        type: ['case'],
        pathway: [record.pathway],
        sector: [record.sector],
        state: [record.state],
        domain: domainsOf(library, record.standards),
      },
      boost: 1,
    } satisfies SearchRecord;
  });
}

export function organizationRecords(library: Library, { language, baseUrl }: RecordOptions): SearchRecord[] {
  const lang = language as Language;
  const path = directoryPermalink(baseUrl);
  return library.organizations.map((record) => ({
    objectID: `${language}:${path}#${record.id}`,
    type: 'organization',
    language,
    version: library.meta.version,
    title: record.name,
    hierarchy: [SECTION_NAMES[language].organization, record.name],
    heading: '',
    content: [record.summary[lang], record.based_in ? `${record.based_in.city}, ${stateName(record.based_in.state, lang)}` : ''].filter(Boolean).join('\n'),
    path,
    anchor: record.id,
    facets: {
      type: ['organization'],
      service: [...record.services],
      // An organization that works nationwide is found under every state.
      state: worksNationwide(record) ? ['nationwide'] : [...record.serves],
    },
    boost: 1,
  }));
}

export function figureRecords(library: Library, { language, baseUrl }: RecordOptions): SearchRecord[] {
  const lang = language as Language;
  const path = factsPermalink(baseUrl);
  return library.figures.map((figure) => ({
    objectID: `${language}:${path}#${figure.id}`,
    type: 'figure',
    language,
    version: library.meta.version,
    title: figure.label[lang],
    hierarchy: [SECTION_NAMES[language].figure, figure.label[lang]],
    heading: '',
    content: [figure.explanation[lang], figure.caution?.[lang] ?? '', ...(figure.breakdown ?? []).map((part) => part.label[lang])].filter(Boolean).join('\n'),
    path,
    anchor: figure.id,
    facets: { type: ['figure'] },
    boost: 1,
  }));
}
