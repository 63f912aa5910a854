/**
 * The kinds of content under tool-data/: the words and facts of the interactive tools and the Word
 * templates, one YAML file each, and their translations under tool-data/i18n/<language>/.
 */
import { TOOL_DATA_FILES, toolDataFile } from '../tool-data/files';
import { toolDataIsWhole, toolDataReferencesExist } from '../rules/tool-data';
import type { ContentType } from './types';

const FOLDER = 'tool-data';

/** One entry per kind of tool-data file (the templates share one schema). */
const englishTypes: ContentType[] = [...new Set(TOOL_DATA_FILES.map(({ kind }) => kind))].map((kind) => {
  const files = new Set(TOOL_DATA_FILES.filter((entry) => entry.kind === kind).map(({ name }) => toolDataFile(name)));
  return {
    kind,
    label: { en: 'tool data', es: 'datos de una herramienta' },
    format: 'yaml',
    folders: [FOLDER],
    match: (file: string) => (files.has(file) ? {} : undefined),
    identity: 'its path under tool-data/ (the list is TOOL_DATA_FILES in src/core/tool-data/files.ts)',
    versioned: 'current',
    translated: 'records',
    rules: [toolDataIsWhole, toolDataReferencesExist],
  };
});

export const TOOL_DATA_TYPES: readonly ContentType[] = [
  ...englishTypes,
  {
    kind: 'tool-data-translation',
    label: { en: 'tool data translation', es: 'traducción de datos de una herramienta' },
    format: 'yaml',
    folders: [FOLDER],
    match: (file) => {
      const [folder, i18n, language, ...rest] = file.split('/');
      return folder === FOLDER && i18n === 'i18n' && (language === 'es' || language === 'en') && rest.length > 0 && file.endsWith('.yaml') ? { language } : undefined;
    },
    identity: 'the path of the English file it translates, with `source_hash` of the English it was made from',
    versioned: 'current',
    translated: 'none',
    rules: [],
  },
];
