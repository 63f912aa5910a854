/**
 * The shape of the entity choice comparison's data: the legal forms it compares, the topics it
 * compares them on, and the priorities a group can mark as important. Every text is in English and
 * Spanish; every point names its sources.
 */
import type { EntitySourceId } from './entity-comparison-sources';

export type ComparisonLanguage = 'en' | 'es';

/** A text in each language of the site. */
export type Bilingual = Record<ComparisonLanguage, string>;

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
  text: Bilingual;
  /** The keys of the sources that support it (see entity-comparison-sources.ts); at least one. */
  sources: readonly EntitySourceId[];
  /** The priorities this fact matters for, if any. */
  bears: readonly PriorityId[];
}

/** What one form looks like on one topic: a one-line summary and the facts behind it. */
export interface ComparisonCell {
  summary: Bilingual;
  points: readonly ComparisonPoint[];
}

export interface LegalForm {
  id: FormId;
  name: Bilingual;
  /** One or two sentences on what the form is. */
  description: Bilingual;
  cells: Record<TopicId, ComparisonCell>;
}

/** A form a group may hear about that the table does not compare, with why it is a different thing. */
export interface OtherForm {
  id: string;
  name: Bilingual;
  text: Bilingual;
  sources: readonly EntitySourceId[];
}

/** Shorthand for a point in the data files. */
export function point(en: string, es: string, sources: readonly EntitySourceId[], bears: readonly PriorityId[] = []): ComparisonPoint {
  return { text: { en, es }, sources, bears };
}
