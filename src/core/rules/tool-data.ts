/**
 * Rules of tool data (tool-data/): every file is there, each tool's data holds together, each
 * translation matches its English file, and every standard and lesson it names exists.
 */
import { isWarning, type ContentError } from '../errors';
import { assembleToolData, notATranslation } from '../tool-data/load';
import { TOOL_DATA_FILES } from '../tool-data/files';
import { checkToolDataReferences } from '../tool-data/references';
import type { ToolData } from '../tool-data/model';
import { translatedToolData } from '../tool-data/files';
import type { Rule, RuleContext } from './context';

const assembled = new WeakMap<RuleContext, { toolData: ToolData; problems: ContentError[] }>();

/** The tool data of a context, put together once (see assembleToolData). */
export function toolDataOf(context: RuleContext): { toolData: ToolData; problems: ContentError[] } {
  let result = assembled.get(context);
  if (!result) {
    const records = context.toolDataFiles.map((record) => ({ file: record.file.file, text: record.text ?? '', source: record.source }));
    result = assembleToolData(records, context.toolDataFileNames);
    assembled.set(context, result);
  }
  return result;
}

/** Whether the tool data is complete and usable: every English file read, no broken translation. */
export function toolDataIsUsable(context: RuleContext): boolean {
  if (!hasToolData(context)) return false;
  const { toolData, problems } = toolDataOf(context);
  return TOOL_DATA_FILES.every(({ name }) => toolData.english[name]) && !problems.some((problem) => !isWarning(problem));
}

/** A library without a tool-data/ folder (a test library, a fork without the tools) has no tool data to check. */
const hasToolData = (context: RuleContext) => context.toolDataFileNames.size > 0;

export const toolDataIsWhole: Rule = (context) =>
  !hasToolData(context)
    ? []
    : [
        ...[...context.toolDataFileNames]
          .filter((file) => {
            const target = translatedToolData(file);
            return target && !TOOL_DATA_FILES.some(({ name }) => name === target.name);
          })
          .map(notATranslation),
        ...toolDataOf(context).problems,
      ];

export const toolDataReferencesExist: Rule = (context) =>
  hasToolData(context) && toolDataIsUsable(context)
    ? checkToolDataReferences(toolDataOf(context).toolData, { standardIds: context.standardFileIds, lessonDocIds: context.lessonDocIds })
    : [];
