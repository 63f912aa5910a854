/** What the plugin uses of src/core, in one place. */
export { formatContentError } from '../../core/errors';
export { loadToolData, localizeToolData, type LocalizedToolData, type ToolDataLanguage } from '../../core/tool-data';
