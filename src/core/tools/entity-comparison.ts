/**
 * The model of the entity choice comparison: which legal forms and topics the reader compares and
 * which priorities matter to their group, checked when read from a shared link; the table built from
 * those choices, with every source numbered once; the points that bear on each chosen priority; and
 * the rows of the CSV download. It highlights; it never ranks or picks a form.
 *
 * Nothing here knows about React or about the page's language: the page passes the data and words of its language.
 */
import { toCsv } from '../csv';
import {
  FORM_IDS,
  PRIORITY_IDS,
  TOPIC_IDS,
  type ComparisonLanguage,
  type EntityComparisonData,
  type EntitySourceId,
  type FormId,
  type PriorityId,
  type TopicId,
} from './entity-comparison-types';
import type { Source } from '../generated/content-types';

export { FORM_IDS, PRIORITY_IDS, TOPIC_IDS };
export type { ComparisonLanguage, EntityComparisonData, FormId, PriorityId, TopicId };

/** What the reader chose. Each list keeps the order of its ID list, whatever the order of the clicks. */
export interface ComparisonChoices {
  forms: FormId[];
  topics: TopicId[];
  priorities: PriorityId[];
}

/** The two most common forms, on every topic, with no priority chosen yet. */
export const DEFAULT_CHOICES: ComparisonChoices = { forms: ['coop', 'llc'], topics: [...TOPIC_IDS], priorities: [] };

/** The list with one ID added or taken away, in the order of `all`. */
export function toggleChoice<T extends string>(all: readonly T[], chosen: readonly T[], id: T, on: boolean): T[] {
  return all.filter((item) => (item === id ? on : chosen.includes(item)));
}

function acceptList<T extends string>(all: readonly T[], raw: unknown): T[] | undefined {
  if (!Array.isArray(raw) || raw.length > all.length) return undefined;
  if (!raw.every((item) => typeof item === 'string' && (all as readonly string[]).includes(item))) return undefined;
  if (new Set(raw).size !== raw.length) return undefined;
  return all.filter((item) => raw.includes(item));
}

/** Choices read from a shared link, or undefined when anything is damaged or unknown. Empty lists are kept: the page explains them. */
export function acceptChoices(raw: unknown): ComparisonChoices | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const forms = acceptList(FORM_IDS, record.forms);
  const topics = acceptList(TOPIC_IDS, record.topics);
  const priorities = acceptList(PRIORITY_IDS, record.priorities);
  return forms && topics && priorities ? { forms, topics, priorities } : undefined;
}

/** What stops the table from showing: no form, or no topic, chosen. */
export interface ChoiceProblems {
  forms?: 'none';
  topics?: 'none';
}

export function choiceProblems(choices: ComparisonChoices): ChoiceProblems {
  return { ...(choices.forms.length === 0 ? { forms: 'none' } : {}), ...(choices.topics.length === 0 ? { topics: 'none' } : {}) };
}

export interface ShownPoint {
  text: string;
  /** The numbers of its sources in the comparison's list of sources. */
  sources: number[];
  /** The chosen priorities this point bears on; empty when it bears on none of them. */
  bears: PriorityId[];
}

export interface ShownCell {
  form: FormId;
  summary: string;
  points: ShownPoint[];
}

export interface ShownRow {
  topic: TopicId;
  cells: ShownCell[];
}

export interface NumberedSource {
  number: number;
  id: EntitySourceId;
  source: Source;
}

export interface ShownOtherForm {
  id: string;
  name: string;
  text: string;
  sources: number[];
}

/** A point that bears on one chosen priority, with where it comes from. */
export interface HighlightedPoint {
  form: FormId;
  topic: TopicId;
  text: string;
}

export interface Comparison {
  rows: ShownRow[];
  /** For each chosen priority, in order, the shown points that bear on it. */
  highlights: Array<{ priority: PriorityId; points: HighlightedPoint[] }>;
  others: ShownOtherForm[];
  /** Every source cited by the table and by the other forms, numbered in order of first use. */
  sources: NumberedSource[];
}

/** The comparison for the reader's choices, in one language. */
export function buildComparison(choices: ComparisonChoices, data: EntityComparisonData): Comparison {
  const sources: NumberedSource[] = [];
  const numberOf = (id: EntitySourceId): number => {
    const found = sources.find((entry) => entry.id === id);
    if (found) return found.number;
    const entry = { number: sources.length + 1, id, source: data.sources[id]! };
    sources.push(entry);
    return entry.number;
  };
  const rows = choices.topics.map((topic) => ({
    topic,
    cells: choices.forms.map((form) => {
      const cell = data.forms[form].cells[topic];
      return {
        form,
        summary: cell.summary,
        points: cell.points.map((point) => ({
          text: point.text,
          sources: point.sources.map(numberOf),
          bears: choices.priorities.filter((priority) => point.bears.includes(priority)),
        })),
      };
    }),
  }));
  const highlights = choices.priorities.map((priority) => ({
    priority,
    points: rows.flatMap((row) =>
      row.cells.flatMap((cell) => cell.points.filter((point) => point.bears.includes(priority)).map((point) => ({ form: cell.form, topic: row.topic, text: point.text }))),
    ),
  }));
  const others = data.otherForms.map((other) => ({ id: other.id, name: other.name, text: other.text, sources: other.sources.map(numberOf) }));
  return { rows, highlights, others, sources };
}

/** A source in one line, as the downloads and the printed list show it. */
export function describeSource(source: Source): string {
  return `${source.title}. ${source.publisher}, ${source.year}.${source.url ? ` ${source.url}` : ''}`;
}

/** The words of the CSV that are not content: the column names and the label of the caution row. */
export interface ComparisonCsvLabels {
  topic: string;
  form: string;
  summary: string;
  point: string;
  bears: string;
  sources: string;
  caution: string;
}

/**
 * The table of the CSV: a header, one row per point of the chosen forms and topics, and the caution
 * as the last row, so that it travels with the file.
 */
export function comparisonRows(choices: ComparisonChoices, data: EntityComparisonData, labels: ComparisonCsvLabels): string[][] {
  const comparison = buildComparison(choices, data);
  const sourceText = (number: number) => describeSource(comparison.sources[number - 1]!.source);
  const body = comparison.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.points.map((point) => [
        data.topicNames[row.topic],
        data.forms[cell.form].name,
        cell.summary,
        point.text,
        point.bears.map((priority) => data.priorityNames[priority]).join('; '),
        point.sources.map(sourceText).join(' | '),
      ]),
    ),
  );
  const header = [labels.topic, labels.form, labels.summary, labels.point, labels.bears, labels.sources];
  return [header, ...body, [labels.caution, '', '', data.caution, '', '']];
}

export function comparisonCsv(choices: ComparisonChoices, data: EntityComparisonData, labels: ComparisonCsvLabels): string {
  return toCsv(comparisonRows(choices, data, labels));
}
