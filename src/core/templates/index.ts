/**
 * The document templates: a developer engagement letter, a membership agreement outline and a worker
 * co-op bylaws outline, each in English and Spanish. The build writes them as Word files under the site
 * root, at /templates/<id>.<language>.docx; the tools page links to them.
 */
import { BYLAWS_OUTLINE } from './bylaws-outline';
import { TEMPLATES, templateEntry, type TemplateId } from './catalog';
import { cautionText, PUBLISHER, templateLabels } from './common';
import { templateDocx } from './docx';
import { ENGAGEMENT_LETTER } from './engagement-letter';
import { MEMBERSHIP_AGREEMENT } from './membership-agreement';
import { LANGUAGES, localizeSections, type Language, type TemplateDocument, type TemplateSource } from './model';

export { TEMPLATE_IDS, TEMPLATES, TEMPLATES_FOLDER, type TemplateEntry, type TemplateId } from './catalog';
export type { Language, TemplateDocument } from './model';

/** The text of each template, in both languages. */
export const TEMPLATE_SOURCES: Readonly<Record<TemplateId, TemplateSource>> = {
  'engagement-letter': ENGAGEMENT_LETTER,
  'membership-agreement': MEMBERSHIP_AGREEMENT,
  'bylaws-outline': BYLAWS_OUTLINE,
};

/** A template in one language, ready to be written. */
export function templateDocument(id: TemplateId, language: Language): TemplateDocument {
  const entry = templateEntry(id);
  const source = TEMPLATE_SOURCES[id];
  return {
    id,
    language,
    title: entry.title[language],
    caution: cautionText(source.caution, language),
    revised: entry.revised,
    publisher: PUBLISHER[language],
    sections: localizeSections(source, language),
    labels: templateLabels(language),
  };
}

/**
 * Every template file, keyed by its path from the site root ("templates/engagement-letter.en.docx"),
 * sorted by path. The files are returned, not written, so the build writes them only once all exist.
 */
export async function buildTemplateFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of TEMPLATES) {
    for (const language of LANGUAGES) files.set(entry.files[language], await templateDocx(templateDocument(entry.id, language)));
  }
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
