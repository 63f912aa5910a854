/**
 * The data of the tools and templates as written in tool-data/*.yaml (English) and the view of it in one
 * language that the tools and the downloads use. The field comments of the files are in the schemas
 * (schemas/tool-data-*.schema.json); these types follow them.
 */
import type { Source } from '../generated/content-types';
import type { ToolDataLanguage, ToolDataName } from './files';
import type { YamlSource } from '../yaml-source';

/** tool-data/readiness.yaml */
export interface ReadinessFile {
  scale: string[];
  unsure: string;
  factors: {
    id: 'owner' | 'finance' | 'management' | 'workforce' | 'culture';
    title: string;
    intro: string;
    lessons: string[];
    questions: { id: string; key?: boolean; text: string; help: string; options?: string[]; action: string; standards: string[] }[];
  }[];
}

/** tool-data/feasibility.yaml */
export interface FeasibilityFile {
  criteria: { key: string; name: string; question: string; must_have_by_default: boolean; standards: string[]; lessons: string[] }[];
}

export interface EntityPointFile {
  text: string;
  sources: string[];
  bears?: string[];
}

/** tool-data/entity-comparison.yaml */
export interface EntityComparisonFile {
  caution: string;
  topics: { id: string; name: string }[];
  priorities: { id: string; name: string }[];
  forms: { id: string; name: string; description: string; cells: Record<string, { summary: string; points: EntityPointFile[] }> }[];
  other_forms: { id: string; name: string; text: string; sources: string[] }[];
  sources: Record<string, Source>;
}

/** tool-data/decision-matrix.yaml */
export interface DecisionMatrixFile {
  decisions: { name: string; decides: string; consulted: string; vote: string; reserved: boolean; notes: string }[];
}

/** One block of a template section, written with one key. */
export type TemplateBlockFile = { paragraph: string } | { bullets: string[] } | { note: string } | { state_law: string } | { signature: string[] };

export interface TemplateSectionFile {
  id: string;
  heading: string;
  blocks: TemplateBlockFile[];
}

/** tool-data/templates/<id>.yaml */
export interface TemplateFile {
  title: string;
  description: string;
  revised: string;
  caution: string;
  sections: TemplateSectionFile[];
}

/** tool-data/templates/common.yaml */
export interface TemplateCommonFile {
  publisher: string;
  caution: string;
  labels: { note: string; state_law: string; header: string; version_line: string; page: string; of: string };
  how_to_use: TemplateSectionFile;
}

export interface ToolDataFiles {
  readiness: ReadinessFile;
  feasibility: FeasibilityFile;
  'entity-comparison': EntityComparisonFile;
  'decision-matrix': DecisionMatrixFile;
  'templates/common': TemplateCommonFile;
  'templates/engagement-letter': TemplateFile;
  'templates/membership-agreement': TemplateFile;
  'templates/bylaws-outline': TemplateFile;
}

/** A file as loaded: where it is, its text (for exact positions) and its parsed value. */
export interface LoadedToolDataFile<T = unknown> {
  name: ToolDataName;
  file: string;
  text: string;
  source: YamlSource;
  data: T;
}

/** A translation as loaded, with what the check of it found. */
export interface LoadedToolDataTranslation extends LoadedToolDataFile<Record<string, unknown>> {
  language: string;
  /** stale: the English changed since it was made; broken: its layout does not match the English. */
  status: 'translated' | 'stale' | 'broken';
}

/** All tool data, as read from tool-data/: the English files and their translations. */
export interface ToolData {
  readonly english: { readonly [Name in ToolDataName]: LoadedToolDataFile<ToolDataFiles[Name]> };
  readonly translations: readonly LoadedToolDataTranslation[];
}

/**
 * Which text a tool shows in a language: 'source' on the English site; 'translated'; or the English,
 * because the translation is 'missing' or 'stale' (the page says so).
 */
export interface TranslationState {
  language: ToolDataLanguage;
  status: 'source' | 'translated' | 'missing' | 'stale';
}
