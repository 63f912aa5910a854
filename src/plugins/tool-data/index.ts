/**
 * The tool-data plugin: takes the words and facts of the tools and templates (tool-data/) from the
 * library the standards plugin loaded and validated, and writes each tool's data in the language being
 * built as a module that only that tool's component imports. This file holds only the lifecycle; the
 * steps are in src/core/tool-data and ./tool-files.ts.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { localizeToolData, type LocalizedToolData, type ToolDataLanguage } from './core';
import { loadLibraryOnce } from '../standards/load-once';
import { toolDataModules } from './tool-files';

export interface ToolDataPluginOptions {
  /** The folder that holds tool-data/, relative to the site; the site itself by default. */
  contentRoot?: string;
}

export default function toolDataPlugin(context: LoadContext, options: ToolDataPluginOptions = {}): Plugin<LocalizedToolData> {
  const root = path.resolve(context.siteDir, options.contentRoot ?? '.');
  const language: ToolDataLanguage = context.i18n.currentLocale === 'es' ? 'es' : 'en';
  return {
    name: 'tool-data',

    getPathsToWatch() {
      return [path.join(root, 'tool-data/**/*.yaml')];
    },

    async loadContent() {
      const { toolData } = loadLibraryOnce(root);
      if (!toolData) throw new Error(`There is no tool-data/ folder in ${root}; the tool pages read their words from it.`);
      return localizeToolData(toolData, language);
    },

    async contentLoaded({ content, actions }) {
      for (const [name, data] of Object.entries(toolDataModules(content))) await actions.createData(name, JSON.stringify(data));
    },
  };
}
