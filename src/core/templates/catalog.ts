/**
 * The list of templates: what each is called and what it is for, and where its files are. The words
 * are content, in tool-data/templates/<id>.yaml (and their translations); TemplatesData is the view of
 * them in one language. This file has no other imports, so the page that lists the downloads can use it
 * without loading the DOCX writer.
 */
import type { TranslationState } from '../tool-data/model';
import type { Language, TemplateLabels, TemplateSection } from './model';

export const TEMPLATE_IDS = ['engagement-letter', 'membership-agreement', 'bylaws-outline'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What the downloads page shows of a template. */
export interface TemplateListing {
  /** The permanent name of the template, used in its file names. */
  readonly id: TemplateId;
  /** The title, on the page and at the top of the file. */
  readonly title: string;
  /** One or two sentences on what the template is for. */
  readonly description: string;
  /** The file of each language, as a path from the site root: "templates/<id>.<language>.docx". */
  readonly files: Readonly<Record<Language, string>>;
  readonly translation: TranslationState;
}

/** A template in one language, with its text. */
export interface TemplateEntry extends TemplateListing {
  /** The date of this version of the template (YYYY-MM-DD). */
  readonly revised: string;
  /** The whole counsel caution: the shared words, then the template's own. */
  readonly caution: string;
  readonly sections: readonly TemplateSection[];
}

/** Every template in one language, with the words every template shares. */
export interface TemplatesData {
  readonly language: Language;
  /** Who publishes the templates, written into each file's properties. */
  readonly publisher: string;
  readonly labels: TemplateLabels;
  /** In the order of TEMPLATE_IDS. */
  readonly entries: readonly TemplateEntry[];
}

/** The folder, under the site root, that holds the template files. */
export const TEMPLATES_FOLDER = 'templates';

/** The catalog entry of a template; throws with the known IDs when there is none. */
export function templateEntry(data: TemplatesData, id: string): TemplateEntry {
  const entry = data.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`Unknown template "${id}": use one of ${TEMPLATE_IDS.join(', ')}`);
  return entry;
}
