/**
 * The shape of the conversion readiness self-assessment: five readiness factors, each with a few
 * questions, and the answer choices. The questions themselves are data, one file per factor
 * (readiness-q-*.ts); the scoring is in readiness.ts.
 */

export type ReadinessLanguage = 'en' | 'es';

/** A text in both languages of the site. */
export type Bilingual = Record<ReadinessLanguage, string>;

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
  label: Bilingual;
}

export interface ReadinessQuestion {
  /** Permanent: kept in shared links and in the browser, so never renamed. */
  id: string;
  factor: FactorId;
  /** The question or statement, as the reader sees it. */
  text: Bilingual;
  /** A short, plain explanation of why it matters or what a word means. */
  help: Bilingual;
  /** The four choices, from 0 to 3 points. */
  options: readonly AnswerOption[];
  /**
   * A key question: its lowest answer is a serious barrier by itself, whatever the other answers are
   * (a sale in four months, years of losses, a business that runs only through the owner).
   */
  key?: boolean;
  /** The next step when the answer is low (0 or 1 point) or "not sure". */
  action: Bilingual;
  /** Standards behind that next step. */
  standards: readonly string[];
}

export interface ReadinessFactor {
  id: FactorId;
  title: Bilingual;
  /** One or two sentences on what the factor looks at. */
  intro: Bilingual;
  /** Lessons that go deeper, by their doc ID (curricula/<curriculum>/<lesson>). */
  lessons: readonly string[];
  questions: readonly ReadinessQuestion[];
}

/** The usual scale: not yet, partly, mostly, fully. */
export const SCALE: readonly AnswerOption[] = [
  { points: 0, label: { en: 'Not yet', es: 'Todavía no' } },
  { points: 1, label: { en: 'Partly', es: 'En parte' } },
  { points: 2, label: { en: 'Mostly', es: 'En su mayor parte' } },
  { points: 3, label: { en: 'Fully', es: 'Por completo' } },
];

/** The words of the "not sure" choice, offered with every question. */
export const UNSURE_LABEL: Bilingual = { en: 'Not sure', es: 'No estoy seguro(a)' };

/** Four choices from the lowest to the highest, each with its label in both languages. */
export function options(...labels: [Bilingual, Bilingual, Bilingual, Bilingual]): readonly AnswerOption[] {
  return labels.map((label, points) => ({ points: points as Points, label }));
}
