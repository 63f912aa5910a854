/**
 * The tool-data plugin: reads tool-data/ (the words and facts of the tools and templates), stops the
 * build on any error in it, and writes each tool's data in the language being built as a module that
 * only that tool's component imports. This file holds only the lifecycle; the steps are in src/core/tool-data
 * and ./tool-files.ts.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatContentError, loadToolData, localizeToolData, type LocalizedToolData, type ToolDataLanguage } from './core';
import { toolDataModules } from './tool-files';

export default function toolDataPlugin(context: LoadContext): Plugin<LocalizedToolData> {
  const language: ToolDataLanguage = context.i18n.currentLocale === 'es' ? 'es' : 'en';
  return {
    name: 'tool-data',

    getPathsToWatch() {
      return [`${context.siteDir}/tool-data/**/*.yaml`];
    },

    async loadContent() {
      const { toolData, errors } = loadToolData(context.siteDir);
      if (errors.length > 0) throw new Error(`The tool data has ${errors.length} error(s):\n${errors.map(formatContentError).join('\n')}`);
      return localizeToolData(toolData, language);
    },

    async contentLoaded({ content, actions }) {
      for (const [name, data] of Object.entries(toolDataModules(content))) await actions.createData(name, JSON.stringify(data));
    },
  };
}
