/**
 * standards.json: every standard of the version, retired ones included, with all its English fields
 * and its translations, validated by the published schema standards-export.schema.json. Keys are
 * written in a fixed order, so that the same library gives the same bytes.
 */
import { releaseDateOf, type ChecklistOptions } from '../../checklists/document';
import type { Language, Library, TranslationRecord } from '../../model';
import { standardPermalink } from '../../views';
import { isReleased } from '../snapshot';
import { languageBaseUrl } from './edition';

/** Where the schema of this file is published on the site. */
export function standardsSchemaUrl(siteUrl: string): string {
  return `${siteUrl}/schemas/standards-export.schema.json`;
}

export function standardsJson(library: Library, options: ChecklistOptions): string {
  const { version, languages } = library.meta;
  const date = releaseDateOf(library);
  const urlOf = (language: Language, id: string) => `${options.siteUrl}${standardPermalink(languageBaseUrl(library, language), id, isReleased(library) ? version : undefined)}`;
  /** The translations of one standard or domain, by language, with only the fields given. */
  const translationsOf = <K extends keyof TranslationRecord>(id: string, fields: readonly K[], withUrl: boolean) => {
    const byLanguage: Record<string, Record<string, unknown>> = {};
    for (const language of languages.slice(1)) {
      const translation = library.translations[language]?.get(id);
      if (!translation) continue;
      const entry: Record<string, unknown> = {};
      for (const field of fields) if (translation[field] !== undefined) entry[field] = translation[field];
      entry.stale = translation.stale;
      if (withUrl) entry.url = urlOf(language, id);
      byLanguage[language] = entry;
    }
    return byLanguage;
  };

  const data = {
    $schema: standardsSchemaUrl(options.siteUrl),
    edition: library.meta.name,
    version,
    ...(date ? { date } : {}),
    license: library.meta.license,
    languages: [...languages],
    domains: library.domains.map((domain) => ({
      id: domain.id,
      prefix: domain.prefix,
      title: domain.title,
      purpose: domain.purpose,
      scope: domain.scope,
      translations: translationsOf(domain.id, ['title', 'purpose', 'scope'], false),
    })),
    standards: library.standards.map((standard) => ({
      id: standard.id,
      title: standard.title,
      domain: standard.domain,
      status: standard.status,
      ...(standard.successors ? { successors: standard.successors.map(({ id, relation }) => ({ id, relation })) } : {}),
      statement: standard.statement,
      rationale: standard.rationale,
      guidance: standard.guidance,
      evidence: [...standard.evidence],
      level: standard.level,
      stages: [...standard.stages],
      pathways: [...standard.pathways],
      audiences: [...standard.audiences],
      related: [...standard.related],
      sources: standard.sources.map(({ title, publisher, year, url, note }) => ({ title, publisher, year, ...(url ? { url } : {}), ...(note ? { note } : {}) })),
      introduced: standard.introduced,
      url: urlOf(languages[0], standard.id),
      translations: translationsOf(standard.id, ['title', 'statement', 'rationale', 'guidance', 'evidence'], true),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
