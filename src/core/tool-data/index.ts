/** Tool data: the words and facts of the interactive tools and document templates, as content. */
export { TOOL_DATA_FILES, TOOL_DATA_FOLDER, toolDataFile, toolDataTranslationFile, type ToolDataLanguage, type ToolDataName } from './files';
export { standardsListedByReadiness } from './listed-standards';
export { loadToolData, loadToolDataOrThrow, type ToolDataResult } from './load';
export { localizeToolData, type LocalizedToolData } from './localize';
export type { ToolData, TranslationState } from './model';
export { checkToolDataReferences, type ToolDataReferenceTargets } from './references';
export { readerTexts, toolDataSourceHash } from './translation';
