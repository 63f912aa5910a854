/**
 * Checklist pages. Pages get each profile's items in the current language and the addresses of their
 * downloads, which release-files.ts writes into each release's pack under /downloads/<version>/.
 */
import { buildChecklist, type ChecklistDocument } from '../../core/checklists/document';
import { checklistLabels } from '../../core/checklists/labels';
import { CHECKLIST_FORMATS } from '../../core/checklists/downloads';
import type { Language, Library } from '../../core/model';
import { editUrl, localize, summarizeStandard } from '../../core/views';

export interface ChecklistPageData {
  version: string;
  released?: string;
  checklist: Omit<ChecklistDocument, 'labels'> & { count: number; downloads: Record<string, string>; editUrl: string };
}

export function downloadsPath(baseUrl: string, version: string): string {
  return `${baseUrl}downloads/${version}/`;
}

/** Each profile as its page shows it, in one language, with the addresses of its downloads. */
export function checklistPages(
  library: Library,
  language: Language,
  options: { siteUrl: string; projectRoot: string; rootBaseUrl: string; localeBaseUrl: string },
): ChecklistPageData[] {
  return library.checklists.map((profile) => {
    const { labels: _labels, ...document } = buildChecklist(library, profile, language, options);
    const downloads = Object.fromEntries(
      CHECKLIST_FORMATS.map((format) => [format, `${downloadsPath(options.rootBaseUrl, library.meta.version)}checklists/${profile.id}.${language}.${format}`]),
    );
    const count = document.groups.reduce((sum, group) => sum + group.items.length, 0);
    const checklist = { ...document, url: `${options.localeBaseUrl}checklists/${profile.id}`, count, downloads, editUrl: editUrl(library, profile.file) };
    return { version: library.meta.version, released: document.date, checklist };
  });
}

/** What the custom checklist builder needs, in one language: every standard in short, and the profiles. */
export function checklistBuilderData(library: Library, language: Language, options: { siteUrl: string; projectRoot: string; localeBaseUrl: string }) {
  // Site paths (localeBaseUrl, permalinks) already hold the base path: they join the address's origin.
  const { origin } = new URL(options.siteUrl);
  return {
    version: library.meta.version,
    edition: library.meta.name,
    released: library.releases.find((release) => release.version === library.meta.version)?.date ?? null,
    language,
    labels: checklistLabels(language),
    schemaUrl: `${options.siteUrl}/schemas/checklist-export.schema.json`,
    builderUrl: `${origin}${options.localeBaseUrl}checklists/builder`,
    domains: localize(library, language).domains.map((domain) => ({ id: domain.record.id, title: domain.title })),
    profiles: library.checklists.map((profile) => ({ id: profile.id, title: profile.title[language], select: profile.select })),
    standards: library.standards
      .filter((standard) => standard.status !== 'retired')
      .map((standard) => {
        const summary = summarizeStandard(library, standard, language, options.localeBaseUrl);
        return { ...summary, url: `${origin}${summary.permalink}` };
      }),
  };
}

export type ChecklistBuilderData = ReturnType<typeof checklistBuilderData>;
