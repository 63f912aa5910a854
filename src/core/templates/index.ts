/**
 * The document templates: a developer engagement letter, a membership agreement outline and a worker
 * co-op bylaws outline, each in English and Spanish. Their text is content, in tool-data/templates/. The
 * build writes them as Word files under the site root, at /templates/<id>.<language>.docx; the tools
 * page links to them.
 */
import { localizeToolData } from '../tool-data/localize';
import type { ToolData } from '../tool-data/model';
import { templateEntry, type TemplateId, type TemplatesData } from './catalog';
import { templateDocx } from './docx';
import { LANGUAGES, type Language, type TemplateDocument } from './model';

export { TEMPLATE_IDS, TEMPLATES_FOLDER, templateEntry, type TemplateEntry, type TemplateId, type TemplatesData } from './catalog';
export type { Language, TemplateDocument } from './model';

/** A template in one language, ready to be written. */
export function templateDocument(data: TemplatesData, id: TemplateId): TemplateDocument {
  const entry = templateEntry(data, id);
  return {
    id,
    language: data.language,
    title: entry.title,
    caution: entry.caution,
    revised: entry.revised,
    publisher: data.publisher,
    sections: entry.sections,
    labels: data.labels,
  };
}

/** The templates in each language. */
export function templatesByLanguage(toolData: ToolData): Record<Language, TemplatesData> {
  return { en: localizeToolData(toolData, 'en').templates, es: localizeToolData(toolData, 'es').templates };
}

/**
 * Every template file, keyed by its path from the site root ("templates/engagement-letter.en.docx"),
 * sorted by path. The files are returned, not written, so the build writes them only once all exist.
 * Without `toolData`, it is read from tool-data/ under the working folder (the project root in builds).
 */
export async function buildTemplateFiles(toolData: ToolData): Promise<Map<string, Buffer>> {
  const byLanguage = templatesByLanguage(toolData);
  const files = new Map<string, Buffer>();
  for (const entry of byLanguage.en.entries) {
    for (const language of LANGUAGES) files.set(entry.files[language], await templateDocx(templateDocument(byLanguage[language], entry.id)));
  }
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
