/**
 * Which files are tool data: the words and facts of the interactive tools and document templates, one
 * YAML file per tool or template under tool-data/, and their translations under tool-data/i18n/<language>/.
 */
import type { ContentKind } from '../schemas';

/** The folder of tool data, from the project root. */
export const TOOL_DATA_FOLDER = 'tool-data';
/** The languages tool data is translated into; English is the source. */
export const TOOL_DATA_TRANSLATION_LANGUAGES = ['es'] as const;
export type ToolDataLanguage = 'en' | (typeof TOOL_DATA_TRANSLATION_LANGUAGES)[number];

/** Every tool-data file: its name (its path without .yaml) and the schema it follows. */
export const TOOL_DATA_FILES = [
  { name: 'readiness', kind: 'tool-data-readiness' },
  { name: 'feasibility', kind: 'tool-data-feasibility' },
  { name: 'entity-comparison', kind: 'tool-data-entity-comparison' },
  { name: 'decision-matrix', kind: 'tool-data-decision-matrix' },
  { name: 'templates/common', kind: 'tool-data-template-common' },
  { name: 'templates/engagement-letter', kind: 'tool-data-template' },
  { name: 'templates/membership-agreement', kind: 'tool-data-template' },
  { name: 'templates/bylaws-outline', kind: 'tool-data-template' },
] as const satisfies readonly { name: string; kind: ContentKind }[];

export type ToolDataName = (typeof TOOL_DATA_FILES)[number]['name'];

/** The English file of a tool, from the project root. */
export function toolDataFile(name: ToolDataName): string {
  return `${TOOL_DATA_FOLDER}/${name}.yaml`;
}

/** The translation of a tool into a language, from the project root. */
export function toolDataTranslationFile(name: ToolDataName, language: string): string {
  return `${TOOL_DATA_FOLDER}/i18n/${language}/${name}.yaml`;
}

/** The tool a translation file translates, or undefined when the path is not a translation of tool data. */
export function translatedToolData(file: string): { name: string; language: string } | undefined {
  const match = /^tool-data\/i18n\/([a-z]{2})\/(.+)\.yaml$/.exec(file);
  return match ? { language: match[1]!, name: match[2]! } : undefined;
}
