/**
 * The criteria of the feasibility go/no-go worksheet: each one's key, whether it is a must-have by
 * default, the standards it checks and the lessons that teach it. The facts are content, in
 * tool-data/feasibility.yaml; the words people read (names, questions, ratings) live with the page.
 */

export const CRITERION_KEYS = ['market', 'commitment', 'management', 'capital', 'pricing', 'legal', 'risks'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export interface CriterionInfo {
  key: CriterionKey;
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
}
