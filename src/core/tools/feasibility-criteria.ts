/**
 * The criteria of the feasibility go/no-go worksheet, as data: each one's key, whether it is a
 * must-have by default, the standards it checks and the lessons that teach it. The words people read
 * (names, questions, ratings) live with the page, in each language.
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

const FEASIBILITY_LESSON = 'developer-fundamentals/feasibility';

/** The criteria in the order the worksheet shows them. */
export const CRITERIA: readonly CriterionInfo[] = [
  {
    key: 'market',
    mustHaveByDefault: true,
    standards: ['FEAS-01', 'FEAS-03'],
    lessons: [FEASIBILITY_LESSON],
  },
  {
    key: 'commitment',
    mustHaveByDefault: true,
    standards: ['FORM-04', 'FORM-07', 'FIN-04'],
    lessons: ['developer-fundamentals/facilitating-a-start-up-group'],
  },
  {
    key: 'management',
    mustHaveByDefault: false,
    standards: ['FEAS-06', 'FORM-07'],
    lessons: ['worker-owner-foundations/reading-the-financials'],
  },
  {
    key: 'capital',
    mustHaveByDefault: true,
    standards: ['FEAS-05', 'FIN-05'],
    lessons: ['developer-fundamentals/finance-and-capital-accounts', 'local-economic-development/procurement-and-funding'],
  },
  {
    key: 'pricing',
    mustHaveByDefault: true,
    standards: ['FEAS-02'],
    lessons: [FEASIBILITY_LESSON, 'worker-owner-foundations/reading-the-financials'],
  },
  {
    key: 'legal',
    mustHaveByDefault: false,
    standards: ['LEG-01', 'LEG-07', 'LEG-04'],
    lessons: ['developer-fundamentals/legal-and-tax-structures'],
  },
  {
    key: 'risks',
    mustHaveByDefault: false,
    standards: ['FEAS-07'],
    lessons: [FEASIBILITY_LESSON],
  },
];
