/**
 * The tool data of this project, read once from tool-data/ (Node only): for tests, which use the real
 * content rather than copies of it, and for scripts.
 */
import path from 'node:path';
import { loadToolDataOrThrow } from './load';
import { localizeToolData, type LocalizedToolData } from './localize';
import type { ToolDataLanguage } from './files';
import type { ToolData } from './model';

/** The project root: two folders above src/core/tool-data. */
export const PROJECT_ROOT = path.resolve(__dirname, '../../..');

let toolData: ToolData | undefined;
const views = new Map<ToolDataLanguage, LocalizedToolData>();

export function projectToolData(): ToolData {
  toolData ??= loadToolDataOrThrow(PROJECT_ROOT);
  return toolData;
}

/** The project's tool data in one language. */
export function projectToolDataIn(language: ToolDataLanguage): LocalizedToolData {
  if (!views.has(language)) views.set(language, localizeToolData(projectToolData(), language));
  return views.get(language)!;
}
