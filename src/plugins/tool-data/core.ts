/** What the plugin uses of src/core, in one place. */
export { localizeToolData, type LocalizedToolData, type ToolDataLanguage } from '../../core/tool-data';
