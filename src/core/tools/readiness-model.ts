/**
 * The shape of the conversion readiness self-assessment: five readiness factors, each with a few
 * questions, and the answer choices. The words and facts are content, in tool-data/readiness.yaml (and
 * its translations); the page gets them in its language as ReadinessData. The scoring is in readiness.ts.
 */
import type { TranslationState } from '../tool-data/model';

export type ReadinessLanguage = 'en' | 'es';

/** The five readiness factors, in the order the page asks them. */
export const FACTORS = ['owner', 'finance', 'management', 'workforce', 'culture'] as const;
export type FactorId = (typeof FACTORS)[number];

/** The points of a choice: 0 (a warning sign) to 3 (a strength). */
export type Points = 0 | 1 | 2 | 3;
export const MAX_POINTS = 3;

/** An answer: the points of the chosen option, or "not sure", which does not count toward the score. */
export type Answer = Points | 'unsure';

export interface AnswerOption {
  points: Points;
  label: string;
}

export interface ReadinessQuestion {
  /** Permanent: kept in shared links and in the browser, so never renamed. */
  id: string;
  factor: FactorId;
  /** The question or statement, as the reader sees it. */
  text: string;
  /** A short, plain explanation of why it matters or what a word means. */
  help: string;
  /** The four choices, from 0 to 3 points. */
  options: readonly AnswerOption[];
  /**
   * A key question: its lowest answer is a serious barrier by itself, whatever the other answers are
   * (a sale in four months, years of losses, a business that runs only through the owner).
   */
  key?: boolean;
  /** The next step when the answer is low (0 or 1 point) or "not sure". */
  action: string;
  /** Standards behind that next step. */
  standards: readonly string[];
}

export interface ReadinessFactor {
  id: FactorId;
  title: string;
  /** One or two sentences on what the factor looks at. */
  intro: string;
  /** Lessons that go deeper, by their doc ID (curricula/<curriculum>/<lesson>). */
  lessons: readonly string[];
  questions: readonly ReadinessQuestion[];
}

/** The self-assessment in one language, as the page and the downloads use it. */
export interface ReadinessData {
  factors: readonly ReadinessFactor[];
  /** The words of the "not sure" choice, offered with every question. */
  unsure: string;
  /** Which text this is: the English, a translation, or the English in place of a missing or stale one. */
  translation: TranslationState;
}

/** Every question, factor by factor, in page order. */
export function readinessQuestions(data: ReadinessData): readonly ReadinessQuestion[] {
  return data.factors.flatMap((factor) => factor.questions);
}

export function readinessQuestion(data: ReadinessData, id: string): ReadinessQuestion | undefined {
  for (const factor of data.factors) for (const question of factor.questions) if (question.id === id) return question;
  return undefined;
}

export function readinessFactor(data: ReadinessData, id: FactorId): ReadinessFactor {
  return data.factors.find((factor) => factor.id === id)!;
}
