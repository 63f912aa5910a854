/**
 * The cross-file rule of tool data: every standard and lesson that a question, criterion or template
 * names must exist. A template names standards inside its text ("standard FORM-01"); the error points at
 * the ID itself in the file.
 */
import type { ContentError } from '../errors';
import type { PathSegment } from '../yaml-source';
import type { LoadedToolDataFile, TemplateBlockFile, TemplateSectionFile, ToolData } from './model';
import { problemAt } from './rules';
import { fieldName } from './translation';

export interface ToolDataReferenceTargets {
  /** The ID of every standard file. */
  standardIds: ReadonlySet<string>;
  /** The doc ID of every English lesson (curricula/<curriculum>/<lesson>). */
  lessonDocIds: ReadonlySet<string>;
}

const STANDARD_FIX = 'use the ID of an existing standard, as in standards/<domain>/<ID>.yaml';
const LESSON_FIX = 'name a lesson by its path under docs/ without the number and extension, e.g. curricula/<curriculum>/<lesson>';
/** A standard ID written inside a text. */
const STANDARD_IN_TEXT = /\b[A-Z]{2,5}-\d{2,3}\b/g;

function standardList(record: LoadedToolDataFile, ids: readonly string[], path: PathSegment[], targets: ToolDataReferenceTargets): ContentError[] {
  return ids.flatMap((id, index) => (targets.standardIds.has(id) ? [] : [problemAt(record, [...path, index], `"${id}" is not the ID of any standard`, STANDARD_FIX)]));
}

function lessonList(record: LoadedToolDataFile, ids: readonly string[], path: PathSegment[], targets: ToolDataReferenceTargets): ContentError[] {
  return ids.flatMap((id, index) => (targets.lessonDocIds.has(id) ? [] : [problemAt(record, [...path, index], `"${id}" is not a lesson`, LESSON_FIX)]));
}

/** Offset of a line and column (from 1) in a text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Standard IDs named inside a text value, each at the place it is written in the file. */
function standardsInText(record: LoadedToolDataFile, value: string, path: PathSegment[], targets: ToolDataReferenceTargets): ContentError[] {
  const start = record.source.locate(path);
  let searchFrom = offsetOf(record.text, start.line, start.column);
  const errors: ContentError[] = [];
  for (const match of value.matchAll(STANDARD_IN_TEXT)) {
    const id = match[0];
    const found = record.text.indexOf(id, searchFrom);
    if (found >= 0) searchFrom = found + id.length;
    if (targets.standardIds.has(id)) continue;
    errors.push({
      file: record.file,
      position: found >= 0 ? positionOf(record.text, found) : start,
      field: fieldName(path),
      message: `names "${id}", which is not the ID of any standard`,
      fix: STANDARD_FIX,
    });
  }
  return errors;
}

function blockTexts(block: TemplateBlockFile): [string, string | string[]] {
  return Object.entries(block)[0] as [string, string | string[]];
}

function templateSection(record: LoadedToolDataFile, section: TemplateSectionFile, path: PathSegment[], targets: ToolDataReferenceTargets): ContentError[] {
  return section.blocks.flatMap((block, b) => {
    const [kind, value] = blockTexts(block);
    const blockPath = [...path, 'blocks', b, kind];
    return typeof value === 'string' ? standardsInText(record, value, blockPath, targets) : value.flatMap((item, i) => standardsInText(record, item, [...blockPath, i], targets));
  });
}

/** Every reference from tool data to a standard or a lesson that does not resolve, at its file:line:column. */
export function checkToolDataReferences(toolData: ToolData, targets: ToolDataReferenceTargets): ContentError[] {
  const { english } = toolData;
  const errors: ContentError[] = [];
  const readiness = english.readiness;
  readiness.data.factors.forEach((factor, f) => {
    errors.push(...lessonList(readiness, factor.lessons, ['factors', f, 'lessons'], targets));
    factor.questions.forEach((question, q) => errors.push(...standardList(readiness, question.standards, ['factors', f, 'questions', q, 'standards'], targets)));
  });
  const feasibility = english.feasibility;
  feasibility.data.criteria.forEach((criterion, c) => {
    errors.push(...standardList(feasibility, criterion.standards, ['criteria', c, 'standards'], targets));
    errors.push(...lessonList(feasibility, criterion.lessons, ['criteria', c, 'lessons'], targets));
  });
  const common = english['templates/common'];
  errors.push(...templateSection(common, common.data.how_to_use, ['how_to_use'], targets));
  for (const name of ['templates/engagement-letter', 'templates/membership-agreement', 'templates/bylaws-outline'] as const) {
    const template = english[name];
    template.data.sections.forEach((section, s) => errors.push(...templateSection(template, section, ['sections', s], targets)));
  }
  return errors;
}
