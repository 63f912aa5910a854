/** A trainer's assignment: which lessons a cohort reads, in what order, by when. */

export type AssignmentLanguage = 'en' | 'es';
export type AssignmentView = 'learner' | 'facilitator';

export interface AssignmentItem {
  /** The lesson's doc ID, e.g. curricula/developer-fundamentals/co-op-identity. */
  lesson: string;
  /** The due date, as YYYY-MM-DD. */
  due?: string;
  note?: string;
}

export interface Assignment {
  cohort: string;
  message: string;
  language: AssignmentLanguage;
  view: AssignmentView;
  items: AssignmentItem[];
}

export function emptyAssignment(language: AssignmentLanguage = 'en'): Assignment {
  return { cohort: '', message: '', language, view: 'learner', items: [] };
}
