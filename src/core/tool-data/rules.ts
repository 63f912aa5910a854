/**
 * Rules inside the data of one tool that a schema cannot say: items in the order the code and the shared
 * links expect, IDs that are unique, and every source named by a fact listed (and every source used).
 */
import type { ContentError } from '../errors';
import type { PathSegment } from '../yaml-source';
import type { LoadedToolDataFile, ToolData } from './model';
import { fieldName } from './translation';

/** The order of the items that shared links and saved answers rely on. */
export const FACTOR_ORDER = ['owner', 'finance', 'management', 'workforce', 'culture'] as const;
export const CRITERION_ORDER = ['market', 'commitment', 'management', 'capital', 'pricing', 'legal', 'risks'] as const;
export const FORM_ORDER = ['coop', 'llc', 'corp'] as const;
export const TOPIC_ORDER = ['tax', 'workers', 'capital', 'governance', 'cost'] as const;
export const PRIORITY_ORDER = ['payroll', 'investors', 'retain', 'losses', 'simple', 'coopLaw', 'conversion', 'citizenship'] as const;

export function problemAt(record: LoadedToolDataFile, path: readonly PathSegment[], message: string, fix: string, target: 'key' | 'value' = 'value'): ContentError {
  return { file: record.file, position: record.source.locate(path, target), field: fieldName(path), message, fix };
}

function inOrder(record: LoadedToolDataFile, list: readonly { [key: string]: unknown }[], field: string, idKey: string, expected: readonly string[]): ContentError[] {
  return list.flatMap((item, index) =>
    item[idKey] === expected[index]
      ? []
      : [
          problemAt(
            record,
            [field, index, idKey],
            `is "${String(item[idKey])}" but item ${index + 1} here must be "${expected[index]}"`,
            `list them in this order: ${expected.join(', ')}`,
          ),
        ],
  );
}

export function checkToolDataRules(toolData: ToolData): ContentError[] {
  const errors: ContentError[] = [];
  const readiness = toolData.english.readiness;
  errors.push(...inOrder(readiness, readiness.data.factors, 'factors', 'id', FACTOR_ORDER));
  const seen = new Set<string>();
  readiness.data.factors.forEach((factor, f) => {
    let keys = 0;
    factor.questions.forEach((question, q) => {
      const path = ['factors', f, 'questions', q, 'id'];
      if (seen.has(question.id)) errors.push(problemAt(readiness, path, `"${question.id}" is the ID of another question too`, 'give each question its own ID'));
      seen.add(question.id);
      if (!question.id.startsWith(`${factor.id}-`))
        errors.push(
          problemAt(readiness, path, `does not start with "${factor.id}-", the factor it is under`, `rename it ${factor.id}-<word>, or move the question under its factor`),
        );
      if (question.key) keys += 1;
      if (question.key && keys > 1)
        errors.push(
          problemAt(
            readiness,
            ['factors', f, 'questions', q, 'key'],
            `is the second key question of "${factor.id}"`,
            'keep one key question per factor, so one answer cannot sink two',
            'key',
          ),
        );
    });
  });

  const feasibility = toolData.english.feasibility;
  errors.push(...inOrder(feasibility, feasibility.data.criteria, 'criteria', 'key', CRITERION_ORDER));

  const comparison = toolData.english['entity-comparison'];
  const data = comparison.data;
  errors.push(...inOrder(comparison, data.topics, 'topics', 'id', TOPIC_ORDER));
  errors.push(...inOrder(comparison, data.priorities, 'priorities', 'id', PRIORITY_ORDER));
  errors.push(...inOrder(comparison, data.forms, 'forms', 'id', FORM_ORDER));
  const used = new Set<string>();
  const checkSources = (keys: readonly string[], path: PathSegment[]): void =>
    keys.forEach((key, index) => {
      used.add(key);
      if (!(key in data.sources))
        errors.push(
          problemAt(
            comparison,
            [...path, index],
            `"${key}" is not a key of the sources list`,
            'add the source under sources: at the end of the file, or use the key of a listed source',
          ),
        );
    });
  data.forms.forEach((form, f) =>
    Object.entries(form.cells).forEach(([topic, cell]) => cell.points.forEach((point, p) => checkSources(point.sources, ['forms', f, 'cells', topic, 'points', p, 'sources']))),
  );
  data.other_forms.forEach((other, o) => checkSources(other.sources, ['other_forms', o, 'sources']));
  for (const key of Object.keys(data.sources)) {
    if (!used.has(key))
      errors.push(problemAt(comparison, ['sources', key], `"${key}" is not named by any fact`, 'name it in the sources of the fact it supports, or remove it', 'key'));
  }
  return errors;
}
