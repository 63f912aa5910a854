/**
 * The criteria of the feasibility go/no-go worksheet: each one's key, name and question, whether it is a
 * must-have by default, the standards it checks and the lessons that teach it. They are content, in
 * tool-data/feasibility.yaml (and its translations); the page gets them in its language as
 * FeasibilityData. The other words of the page (ratings, results, labels) live with the page.
 */
import type { TranslationState } from '../tool-data/model';

export const CRITERION_KEYS = ['market', 'commitment', 'management', 'capital', 'pricing', 'legal', 'risks'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export interface CriterionInfo {
  key: CriterionKey;
  /** The criterion's name: its heading on the page and its name in the downloads. */
  name: string;
  /** The question the group answers when it rates the criterion. */
  question: string;
  /** A must-have criterion rated "not ready" means "not yet"; the group can change this. */
  mustHaveByDefault: boolean;
  /** IDs of the standards this criterion checks, the main one first. */
  standards: readonly string[];
  /** Paths of lessons that teach it, under /curricula/. */
  lessons: readonly string[];
}

/** The criteria in the order the worksheet shows them (from tool-data/feasibility.yaml). */
export interface FeasibilityData {
  criteria: readonly CriterionInfo[];
  /** Which text this is: the English, a translation, or the English in place of a missing or stale one. */
  translation: TranslationState;
}
