/**
 * Reads tool-data/: parses each file with positions, checks it against its schema, checks the rules
 * inside one tool's data, and checks each translation against its English file (layout, and whether it
 * is stale). Cross-file references (standards, lessons) are checked by checkToolDataReferences.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatContentError, isWarning, sortContentErrors, type ContentError } from '../errors';
import { validateAgainstSchema } from '../schemas';
import { parseYamlSource } from '../yaml-source';
import { checkToolDataRules } from './rules';
import { TOOL_DATA_FILES, TOOL_DATA_FOLDER, translatedToolData, toolDataFile, type ToolDataName } from './files';
import type { LoadedToolDataFile, LoadedToolDataTranslation, ToolData } from './model';
import { compareWithEnglish, toolDataSourceHash } from './translation';

export interface ToolDataResult {
  toolData: ToolData;
  errors: ContentError[];
  warnings: ContentError[];
  /** Every file read, relative to the project root, sorted. */
  files: string[];
}

/** The translation files under tool-data/i18n/, relative to the project root, sorted. */
function translationFiles(root: string): string[] {
  const folder = path.join(root, TOOL_DATA_FOLDER, 'i18n');
  if (!fs.existsSync(folder)) return [];
  const found: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml')) found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(folder);
  return found.sort();
}

function readFile(root: string, file: string, problems: ContentError[]): { text: string; parsed: ReturnType<typeof parseYamlSource> } | undefined {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, position: { line: 1, column: 1 }, field: '(file)', message: 'is missing', fix: 'restore the file; the tools read their words and facts from it' });
    return undefined;
  }
  const text = fs.readFileSync(full, 'utf8');
  const parsed = parseYamlSource(file, text);
  problems.push(...parsed.errors);
  return { text, parsed };
}

/** Reads and checks every tool-data file under `root`. Nothing is thrown: problems are returned. */
export function loadToolData(root: string): ToolDataResult {
  const problems: ContentError[] = [];
  const english: Partial<Record<ToolDataName, LoadedToolDataFile>> = {};
  for (const { name, kind } of TOOL_DATA_FILES) {
    const file = toolDataFile(name);
    const read = readFile(root, file, problems);
    if (!read || read.parsed.errors.length > 0) continue;
    const schemaErrors = validateAgainstSchema(kind, read.parsed.source);
    problems.push(...schemaErrors);
    if (schemaErrors.length === 0) english[name] = { name, file, text: read.text, source: read.parsed.source, data: read.parsed.source.data };
  }
  const complete = TOOL_DATA_FILES.every(({ name }) => english[name]);
  const toolData = { english, translations: [] as LoadedToolDataTranslation[] } as unknown as ToolData;
  if (complete) problems.push(...checkToolDataRules(toolData));

  const translations: LoadedToolDataTranslation[] = [];
  for (const file of translationFiles(root)) {
    const target = translatedToolData(file);
    const original = target && english[target.name as ToolDataName];
    const read = readFile(root, file, problems);
    if (!read || read.parsed.errors.length > 0) continue;
    if (!target || !TOOL_DATA_FILES.some(({ name }) => name === target.name)) {
      problems.push({ file, position: { line: 1, column: 1 }, field: '(file)', message: 'does not translate any tool-data file', fix: `name it like its English file: tool-data/i18n/<language>/<one of ${TOOL_DATA_FILES.map(({ name }) => `${name}.yaml`).join(', ')}>` });
      continue;
    }
    const schemaErrors = validateAgainstSchema('tool-data-translation', read.parsed.source);
    problems.push(...schemaErrors);
    if (schemaErrors.length > 0 || !original) continue;
    const loaded = { name: original.name, file, text: read.text, source: read.parsed.source, data: read.parsed.source.data as Record<string, unknown>, language: target.language };
    const layout = compareWithEnglish(original, loaded);
    problems.push(...layout);
    const broken = layout.some((problem) => !isWarning(problem));
    const stale = loaded.data.source_hash !== toolDataSourceHash(original.data);
    if (stale) {
      problems.push({
        file,
        position: loaded.source.locate(['source_hash']),
        field: 'source_hash',
        message: `the English text in ${original.file} has changed since this translation was made`,
        fix: `update the translation to match it, then run: npm run i18n:stamp -- ${file}`,
        severity: 'warning',
      });
    }
    translations.push({ ...loaded, status: broken ? 'broken' : stale ? 'stale' : 'translated' });
  }
  (toolData as unknown as { translations: LoadedToolDataTranslation[] }).translations = translations;
  const sorted = sortContentErrors(problems);
  const files = [...TOOL_DATA_FILES.map(({ name }) => toolDataFile(name)), ...translationFiles(root)].sort();
  return { toolData, errors: sorted.filter((problem) => !isWarning(problem)), warnings: sorted.filter(isWarning), files };
}

/** For builds and tests: the tool data under `root`, or an error that lists every problem. */
export function loadToolDataOrThrow(root: string): ToolData {
  const { toolData, errors } = loadToolData(root);
  if (errors.length > 0) throw new Error(`The tool data has ${errors.length} error(s):\n${errors.map(formatContentError).join('\n')}`);
  return toolData;
}
