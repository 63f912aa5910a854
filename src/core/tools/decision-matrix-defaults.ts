/**
 * The decision matrix's starting list: common decisions in a worker co-op, with a typical (not required)
 * assignment. The list is content, in tool-data/decision-matrix.yaml (and its translations); the page
 * gets it in its language as DecisionMatrixData.
 */
import type { TranslationState } from '../tool-data/model';
import type { Decision } from './decision-matrix';

export type StartingDecision = Omit<Decision, 'id'>;

/** The starting list in one language. */
export interface DecisionMatrixData {
  decisions: readonly StartingDecision[];
  /** Which text this is: the English, a translation, or the English in place of a missing or stale one. */
  translation: TranslationState;
}
