/**
 * The whole edition in one language, ready to be written as a table (CSV, XLSX) or a book (PDF): each
 * standard's text in that language (English where a translation is missing), its facets in words, and
 * the permalink of the text as this version froze it.
 */
import { releaseDateOf, type ChecklistOptions } from '../../checklists/document';
import type { Language, Library, StandardRecord } from '../../model';
import { localize, standardPermalink } from '../../views';
import { isReleased } from '../snapshot';
import { EDITION_COLUMNS, packLabels, type EditionColumn, type PackLabels } from './labels';

export interface EditionStandard {
  id: string;
  /** The ID of its domain. */
  domain: string;
  title: string;
  statement: string;
  /** Markdown. */
  rationale: string;
  /** Markdown. */
  guidance: string;
  evidence: string[];
  status: StandardRecord['status'];
  /** False when the text is shown in English because it is not translated. */
  translated: boolean;
  /** The versioned permalink, e.g. https://example.org/es/standards/1.0.0/GOV-01. */
  url: string;
  /** The successors of a retired standard, with their titles and permalinks. */
  successors: Array<{ id: string; title: string; url: string }>;
  /** One cell per column of EDITION_COLUMNS, in words of the language. */
  cells: Record<EditionColumn, string>;
}

export interface EditionDomain {
  id: string;
  title: string;
  /** Markdown. */
  purpose: string;
  /** Markdown. */
  scope: string;
  /** Its standards, sorted by ID, retired ones included. */
  standards: EditionStandard[];
}

export interface Edition {
  language: Language;
  edition: string;
  version: string;
  /** The release date (YYYY-MM-DD), or undefined for a draft. */
  date?: string;
  license: string;
  labels: PackLabels;
  /** In the order of library.yaml. */
  domains: EditionDomain[];
  /** Every standard, sorted by ID. */
  standards: EditionStandard[];
}

/** The base URL of a language on the site: "/" for the source language, "/es/" for Spanish. */
export function languageBaseUrl(library: Library, language: Language): string {
  return language === library.meta.languages[0] ? '/' : `/${language}/`;
}

export function buildEdition(library: Library, language: Language, options: ChecklistOptions): Edition {
  const labels = packLabels(language, library.meta.version);
  const texts = localize(library, language);
  const version = library.meta.version;
  const baseUrl = languageBaseUrl(library, language);
  const urlOf = (id: string) => `${options.siteUrl}${standardPermalink(baseUrl, id, isReleased(library) ? version : undefined)}`;
  const titleOf = (id: string) => texts.standard(id)?.title ?? id;
  const domainTitles = new Map(texts.domains.map((domain) => [domain.record.id, domain.title]));
  const list = (words: readonly string[]) => words.join(', ');

  const standards = texts.standards.map(({ record: standard, ...translation }): EditionStandard => {
    const successors = (standard.successors ?? []).map(({ id }) => ({ id, title: titleOf(id), url: urlOf(id) }));
    const text = {
      id: standard.id,
      domain: standard.domain,
      title: translation.title,
      statement: translation.statement,
      rationale: translation.rationale,
      guidance: translation.guidance,
      evidence: [...translation.evidence],
      status: standard.status,
      translated: translation.translation !== 'missing',
      url: urlOf(standard.id),
      successors,
    };
    const cells: Record<EditionColumn, string> = {
      id: standard.id,
      title: text.title,
      domain: domainTitles.get(standard.domain) ?? standard.domain,
      level: labels.level[standard.level],
      stages: list(standard.stages.map((stage) => labels.stage[stage])),
      pathways: list(standard.pathways.map((pathway) => labels.pathway[pathway])),
      audiences: list(standard.audiences.map((audience) => labels.audience[audience])),
      status: labels.status[standard.status],
      introduced: standard.introduced,
      statement: text.statement,
      successors: list(successors.map(({ id }) => id)),
      url: text.url,
    };
    return { ...text, cells };
  });

  const domains = texts.domains.map(({ record: domain, title, purpose, scope }): EditionDomain => {
    return {
      id: domain.id,
      title,
      purpose,
      scope,
      standards: standards.filter((standard) => standard.domain === domain.id),
    };
  });

  return {
    language,
    edition: library.meta.name,
    version,
    date: releaseDateOf(library),
    license: library.meta.license,
    labels,
    domains,
    standards,
  };
}

/** The standards as a table: a header row in the edition's language, then one row per standard. */
export function editionTable(edition: Edition): string[][] {
  const header = EDITION_COLUMNS.map((column) => edition.labels.columns[column]);
  return [header, ...edition.standards.map((standard) => EDITION_COLUMNS.map((column) => standard.cells[column]))];
}
