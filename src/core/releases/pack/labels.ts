/**
 * The words of a release pack in each language. They extend the checklists' words (levels, stages,
 * "version", "page n of N"); the Spanish names of pathways, audiences, statuses and the headings of a
 * standard are read from the site's interface text, so that the pack and the site say the same.
 */
import { checklistLabels, siteMessages } from '../../checklists/labels';
import type { Audience, Language, Pathway, StandardRecord } from '../../model';

type Status = StandardRecord['status'];

/** The columns of the standards table (CSV and XLSX), in order. */
export const EDITION_COLUMNS = ['id', 'title', 'domain', 'level', 'stages', 'pathways', 'audiences', 'status', 'introduced', 'statement', 'successors', 'url'] as const;
export type EditionColumn = (typeof EDITION_COLUMNS)[number];

const ENGLISH = {
  pathway: { startup: 'Start-up', conversion: 'Conversion', growth: 'Growth' } as Record<Pathway, string>,
  audience: {
    developer: 'Cooperative developers',
    trainer: 'Trainers',
    'worker-owner': 'Worker-owners',
    nonprofit: 'Non-profits',
    'business-owner': 'Business owners',
    government: 'Governments',
    lender: 'Lenders',
  } as Record<Audience, string>,
  status: { active: 'Active', deprecated: 'Deprecated: being replaced', retired: 'Retired' } as Record<Status, string>,
  domain: 'Domain',
  introduced: 'Introduced in',
  rationale: 'Why it matters',
  guidance: 'How to meet it',
  evidence: 'Evidence a reviewer looks for',
  retiredNote: 'This standard is no longer in use. Its meaning now lives in:',
  untranslated: 'This text is not translated yet, so it is shown in English.',
  purpose: 'Purpose',
  scope: 'Scope',
  pathways: 'Pathways',
  audiences: 'Audiences',
  successors: 'Successors',
  sheet: 'Standards',
  retired: 'Retired standards',
  contents: 'Contents',
  license: 'License',
};

/** Words the site has no message for; the others come from i18n/<language>/code.json. */
const SPANISH_TEXT = {
  pathways: 'Caminos',
  audiences: 'Públicos',
  successors: 'Sucesores',
  sheet: 'Estándares',
  retired: 'Estándares retirados',
  contents: 'Contenido',
  license: 'Licencia',
};

/** The site's message ID of each word it shares with the pack. */
const SITE_MESSAGES = {
  domain: 'standards.facet.domain',
  introduced: 'standards.page.introduced',
  rationale: 'standards.page.rationale',
  guidance: 'standards.page.guidance',
  evidence: 'standards.page.evidence',
  retiredNote: 'standards.page.retired',
  untranslated: 'standards.untranslated',
  purpose: 'standards.domain.purpose',
  scope: 'standards.domain.scope',
} as const;

export function packLabels(language: Language, projectRoot: string) {
  const checklist = checklistLabels(language, projectRoot);
  const words = language === 'en' ? ENGLISH : translated(language, projectRoot);
  const columns: Record<EditionColumn, string> = {
    id: checklist.columns.id,
    title: checklist.columns.title,
    domain: words.domain,
    level: checklist.columns.level,
    stages: checklist.columns.stages,
    pathways: words.pathways,
    audiences: words.audiences,
    status: checklist.columns.status,
    introduced: words.introduced,
    statement: checklist.columns.statement,
    successors: words.successors,
    url: checklist.columns.link,
  };
  const { level, stage, version, released, draft, page, of } = checklist;
  return { ...words, level, stage, version, released, draft, page, of, columns };
}

export type PackLabels = ReturnType<typeof packLabels>;

function translated(language: Language, projectRoot: string): typeof ENGLISH {
  const site = siteMessages(language, projectRoot);
  const fromSite = Object.fromEntries(Object.entries(SITE_MESSAGES).map(([key, id]) => [key, site.message(id, ENGLISH[key as keyof typeof SITE_MESSAGES])]));
  return {
    ...ENGLISH,
    ...SPANISH_TEXT,
    ...(fromSite as Pick<typeof ENGLISH, keyof typeof SITE_MESSAGES>),
    pathway: site.group('standards.pathway', ENGLISH.pathway),
    audience: site.group('standards.audience', ENGLISH.audience),
    status: site.group('standards.status', ENGLISH.status),
  };
}
