/**
 * Reads tool-data/: parses each file with positions, checks it against its schema, checks the rules
 * inside one tool's data, and checks each translation against its English file (layout, and whether it
 * is stale). Cross-file references (standards, lessons) are checked by checkToolDataReferences.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatContentError, isWarning, sortContentErrors, type ContentError } from '../errors';
import { validateAgainstSchema } from '../schemas';
import { parseYamlSource, type YamlSource } from '../yaml-source';
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

/** A tool-data file that was read and passed its schema. */
export interface CheckedToolDataFile {
  readonly file: string;
  readonly text: string;
  readonly source: YamlSource;
}

/**
 * Puts the checked files of tool-data/ together: says which English file is missing (of those not
 * even present in `present`), checks the rules inside one tool's data, and checks each translation
 * against its English file (layout, and whether it is stale). The central loader (src/core/load.ts)
 * reads, parses and checks each file against its schema first, as for every kind of content.
 */
export function assembleToolData(checked: readonly CheckedToolDataFile[], present: ReadonlySet<string>): { toolData: ToolData; problems: ContentError[] } {
  const problems: ContentError[] = [];
  const byFile = new Map(checked.map((record) => [record.file, record]));
  const english: Partial<Record<ToolDataName, LoadedToolDataFile>> = {};
  for (const { name } of TOOL_DATA_FILES) {
    const file = toolDataFile(name);
    const record = byFile.get(file);
    if (record) english[name] = { name, file, text: record.text, source: record.source, data: record.source.data };
    else if (!present.has(file))
      problems.push({ file, position: { line: 1, column: 1 }, field: '(file)', message: 'is missing', fix: 'restore the file; the tools read their words and facts from it' });
  }
  const complete = TOOL_DATA_FILES.every(({ name }) => english[name]);
  const toolData = { english, translations: [] as LoadedToolDataTranslation[] } as unknown as ToolData;
  if (complete) problems.push(...checkToolDataRules(toolData));

  const translations: LoadedToolDataTranslation[] = [];
  for (const record of checked) {
    const target = translatedToolData(record.file);
    if (!target) continue;
    const original = english[target.name as ToolDataName];
    if (!original) continue;
    const loaded = {
      name: original.name,
      file: record.file,
      text: record.text,
      source: record.source,
      data: record.source.data as Record<string, unknown>,
      language: target.language,
    };
    const layout = compareWithEnglish(original, loaded);
    problems.push(...layout);
    const broken = layout.some((problem) => !isWarning(problem));
    const stale = loaded.data.source_hash !== toolDataSourceHash(original.data);
    if (stale) {
      problems.push({
        file: record.file,
        position: loaded.source.locate(['source_hash']),
        field: 'source_hash',
        message: `the English text in ${original.file} has changed since this translation was made`,
        fix: `update the translation to match it, then run: npm run i18n:stamp -- ${record.file}`,
        severity: 'warning',
      });
    }
    translations.push({ ...loaded, status: broken ? 'broken' : stale ? 'stale' : 'translated' });
  }
  (toolData as unknown as { translations: LoadedToolDataTranslation[] }).translations = translations;
  return { toolData, problems };
}

/** Reads and checks every tool-data file under `root` on its own (for tests and scripts). Nothing is thrown. */
export function loadToolData(root: string): ToolDataResult {
  const problems: ContentError[] = [];
  const checked: CheckedToolDataFile[] = [];
  const files = [...TOOL_DATA_FILES.map(({ name }) => toolDataFile(name)), ...translationFiles(root)].sort();
  const present = new Set(files.filter((file) => fs.existsSync(path.join(root, file))));
  for (const file of present) {
    const read = readFile(root, file, problems);
    if (!read || read.parsed.errors.length > 0) continue;
    const target = translatedToolData(file);
    const kind = target ? 'tool-data-translation' : TOOL_DATA_FILES.find(({ name }) => toolDataFile(name) === file)!.kind;
    if (target && !TOOL_DATA_FILES.some(({ name }) => name === target.name)) {
      problems.push(notATranslation(file));
      continue;
    }
    const schemaErrors = validateAgainstSchema(kind, read.parsed.source);
    problems.push(...schemaErrors);
    if (schemaErrors.length === 0) checked.push({ file, text: read.text, source: read.parsed.source });
  }
  const { toolData, problems: assembled } = assembleToolData(checked, present);
  const sorted = sortContentErrors([...problems, ...assembled]);
  return { toolData, errors: sorted.filter((problem) => !isWarning(problem)), warnings: sorted.filter(isWarning), files };
}

/** The problem of a file under tool-data/i18n/ that translates no tool-data file. */
export function notATranslation(file: string): ContentError {
  return {
    file,
    position: { line: 1, column: 1 },
    field: '(file)',
    message: 'does not translate any tool-data file',
    fix: `name it like its English file: tool-data/i18n/<language>/<one of ${TOOL_DATA_FILES.map(({ name }) => `${name}.yaml`).join(', ')}>`,
  };
}

/** For builds and tests: the tool data under `root`, or an error that lists every problem. */
export function loadToolDataOrThrow(root: string): ToolData {
  const { toolData, errors } = loadToolData(root);
  if (errors.length > 0) throw new Error(`The tool data has ${errors.length} error(s):\n${errors.map(formatContentError).join('\n')}`);
  return toolData;
}
