/**
 * The shape of the entity choice comparison's data: the legal forms it compares, the topics it
 * compares them on, and the priorities a group can mark as important. The words and facts are content, in
 * tool-data/entity-comparison.yaml (and its translations); every point names its sources. The page gets
 * them in its language as EntityComparisonData.
 */
import type { Source } from '../generated/content-types';
import type { TranslationState } from '../tool-data/model';

/** The key of a source in the comparison's list of sources (usc1381). */
export type EntitySourceId = string;

export type ComparisonLanguage = 'en' | 'es';

/** The legal forms compared side by side. The IDs go in the shared link, so they stay short and stable. */
export const FORM_IDS = ['coop', 'llc', 'corp'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** The topics each form is compared on, in the order they are shown. */
export const TOPIC_IDS = ['tax', 'workers', 'capital', 'governance', 'cost'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** What a group can say matters most to it. A point that bears on a chosen priority is highlighted. */
export const PRIORITY_IDS = ['payroll', 'investors', 'retain', 'losses', 'simple', 'coopLaw', 'conversion', 'citizenship'] as const;
export type PriorityId = (typeof PRIORITY_IDS)[number];

/** One fact about one form on one topic. */
export interface ComparisonPoint {
  /** The fact, in plain words. */
  text: string;
  /** The keys of the sources that support it (see the sources of the data); at least one. */
  sources: readonly EntitySourceId[];
  /** The priorities this fact matters for, if any. */
  bears: readonly PriorityId[];
}

/** What one form looks like on one topic: a one-line summary and the facts behind it. */
export interface ComparisonCell {
  summary: string;
  points: readonly ComparisonPoint[];
}

export interface LegalForm {
  id: FormId;
  name: string;
  /** One or two sentences on what the form is. */
  description: string;
  cells: Record<TopicId, ComparisonCell>;
}

/** A form a group may hear about that the table does not compare, with why it is a different thing. */
export interface OtherForm {
  id: string;
  name: string;
  text: string;
  sources: readonly EntitySourceId[];
}

/** The comparison in one language, as the page and the downloads use it. */
export interface EntityComparisonData {
  /** Shown above the table, in every download and on paper. */
  caution: string;
  topicNames: Record<TopicId, string>;
  priorityNames: Record<PriorityId, string>;
  forms: Record<FormId, LegalForm>;
  /** Forms a group may hear about that work differently from a worker co-op, or fit only some cases. */
  otherForms: readonly OtherForm[];
  /** Every source, by its key. */
  sources: Readonly<Record<EntitySourceId, Source>>;
  /** Which text this is: the English, a translation, or the English in place of a missing or stale one. */
  translation: TranslationState;
}
