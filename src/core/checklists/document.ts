/**
 * A checklist, ready to be written in any format: a profile's standards, selected, grouped and ordered,
 * with their text in one language and a link to each standard's page.
 */
import type { ChecklistRecord, Language, Library, StandardRecord } from '../model';
import { selectStandardsForProfile } from '../select';
import { VOCABULARY } from '../filters';
import { checklistLabels } from './labels';
import { localize } from '../views';
import { standardPermalink } from '../permalinks';

export interface ChecklistItem {
  id: string;
  title: string;
  statement: string;
  level: string;
  stages: string;
  url: string;
}

export interface ChecklistGroup {
  title: string;
  items: ChecklistItem[];
}

export interface ChecklistDocument {
  id: string;
  language: Language;
  title: string;
  purpose: string;
  edition: string;
  version: string;
  /** The release date of this version (YYYY-MM-DD), or undefined while the version is a draft. */
  date?: string;
  /** The checklist's own page. */
  url: string;
  groups: ChecklistGroup[];
  labels: ReturnType<typeof checklistLabels>;
}

export interface ChecklistOptions {
  /** The site's address, e.g. https://example.org (no trailing slash). */
  siteUrl: string;
  /** The project's root folder. The labels no longer need it: they come from src/core/vocabulary.ts. */
  projectRoot: string;
  /** The release these files belong to, when they are part of its pack: each standard links to that release's page. */
  release?: string;
}

export function buildChecklist(library: Library, profile: ChecklistRecord, language: Language, options: ChecklistOptions): ChecklistDocument {
  const labels = checklistLabels(language);
  const texts = localize(library, language);
  const prefix = language === library.meta.languages[0] ? '' : `/${language}`;
  const standardUrl = (id: string) => `${options.siteUrl}${standardPermalink(`${prefix}/`, id, options.release)}`;
  const selected = selectStandardsForProfile(profile.select, library.standards);
  const item = (standard: StandardRecord): ChecklistItem => ({
    id: standard.id,
    title: texts.standard(standard.id)!.title,
    statement: texts.standard(standard.id)!.statement,
    level: labels.level[standard.level],
    stages: standard.stages.map((stage) => labels.stage[stage]).join(', '),
    url: standardUrl(standard.id),
  });
  const groups =
    profile.group_by === 'domain'
      ? texts.domains.map((domain) => ({
          title: domain.title,
          items: selected.filter((standard) => standard.domain === domain.record.id).map(item),
        }))
      : VOCABULARY.stage.map((stage) => ({
          // A standard is listed once, under the first stage where it applies.
          title: labels.stage[stage],
          items: selected.filter((standard) => firstStage(standard) === stage).map(item),
        }));
  return {
    id: profile.id,
    language,
    title: profile.title[language],
    purpose: profile.purpose[language],
    edition: library.meta.name,
    version: library.meta.version,
    date: releaseDateOf(library),
    url: `${options.siteUrl}${prefix}/checklists/${profile.id}`,
    groups: groups.filter((group) => group.items.length > 0),
    labels,
  };
}

function firstStage(standard: StandardRecord): string {
  return VOCABULARY.stage.find((stage) => standard.stages.includes(stage)) ?? standard.stages[0]!;
}

/** The release date of the library's version (YYYY-MM-DD), or undefined while the version is a draft. */
export function releaseDateOf(library: Pick<Library, 'meta' | 'releases'>): string | undefined {
  return library.releases.find((candidate) => candidate.version === library.meta.version)?.date;
}

/** The date every generated file carries: the release date, or a fixed date for a draft, never the clock. */
export function fileDate(document: { readonly date?: string | undefined }): Date {
  return new Date(`${document.date ?? '2000-01-01'}T00:00:00Z`);
}
