/**
 * The scoring of the conversion readiness self-assessment. Each factor gets its points and one of four
 * results, the same words the conversion lessons use: a strength, a gap the group can close, a serious
 * barrier, or "needs more answers". The overall picture is a sentence, not a number: a single average
 * would hide a serious barrier behind strengths elsewhere, and would claim more precision than a
 * self-assessment has.
 *
 * The rules, for a factor:
 * - "Not sure" and unanswered questions do not count toward its points.
 * - The lowest answer to a key question makes the factor a serious barrier on its own.
 * - With fewer than half of its questions answered, it needs more answers.
 * - Otherwise, by its average per answered question (0 to 3): 2 or more is a strength, 1 to under 2
 *   a gap to close, under 1 a serious barrier.
 */
import { FACTORS, MAX_POINTS, readinessQuestion, type Answer, type FactorId, type ReadinessData, type ReadinessFactor } from './readiness-model';

export type Band = 'strength' | 'gap' | 'barrier' | 'unknown';
/** The order of the results, most urgent first. */
export const BANDS: readonly Band[] = ['barrier', 'unknown', 'gap', 'strength'];

/** The answers, by question ID. A question with no answer is missing. */
export type Answers = Partial<Record<string, Answer>>;

export interface ReadinessState {
  /** The name of the business, for the report's title; may be empty. */
  business: string;
  /** The date of the assessment as YYYY-MM-DD, or empty. */
  date: string;
  answers: Answers;
}

export const EMPTY_READINESS: ReadinessState = { business: '', date: '', answers: {} };
export const MAX_BUSINESS_LENGTH = 120;

export interface FactorResult {
  factor: FactorId;
  band: Band;
  /** Points of the answered questions. */
  points: number;
  /** The most those answered questions could give: 3 each. */
  maxPoints: number;
  questions: number;
  answered: number;
  unsure: number;
  /** True when a key question has its lowest answer. */
  keyBarrier: boolean;
}

/** The picture across all factors, from the most urgent. */
export type Overall = 'start' | 'not-yet' | 'find-out' | 'getting-ready' | 'ready';

export interface ReadinessResult {
  factors: FactorResult[];
  overall: Overall;
  /** How many factors have each result. */
  counts: Record<Band, number>;
  /** Questions with any answer, "not sure" included, out of all questions. */
  answered: number;
  total: number;
}

export function scoreFactor(factor: ReadinessFactor, answers: Answers): FactorResult {
  let points = 0;
  let answered = 0;
  let unsure = 0;
  let keyBarrier = false;
  for (const question of factor.questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    if (answer === 'unsure') {
      unsure += 1;
      continue;
    }
    answered += 1;
    points += answer;
    if (question.key && answer === 0) keyBarrier = true;
  }
  const questions = factor.questions.length;
  const band: Band = keyBarrier ? 'barrier' : answered * 2 < questions ? 'unknown' : points >= 2 * answered ? 'strength' : points >= answered ? 'gap' : 'barrier';
  return { factor: factor.id, band, points, maxPoints: answered * MAX_POINTS, questions, answered, unsure, keyBarrier };
}

export function scoreReadiness(data: ReadinessData, answers: Answers): ReadinessResult {
  const factors = data.factors.map((factor) => scoreFactor(factor, answers));
  const counts: Record<Band, number> = { barrier: 0, unknown: 0, gap: 0, strength: 0 };
  for (const result of factors) counts[result.band] += 1;
  const answered = factors.reduce((sum, result) => sum + result.answered + result.unsure, 0);
  const total = factors.reduce((sum, result) => sum + result.questions, 0);
  const overall: Overall = answered === 0 ? 'start' : counts.barrier > 0 ? 'not-yet' : counts.unknown > 0 ? 'find-out' : counts.gap > 0 ? 'getting-ready' : 'ready';
  return { factors, overall, counts, answered, total };
}

/**
 * A next step for one question: its answer is low (0 or 1 point) or "not sure", or it has no answer in
 * a factor that was started but needs more answers.
 */
export interface NextStep {
  question: string;
  answer: Answer | undefined;
}

export interface RecommendationGroup {
  factor: FactorId;
  band: Band;
  steps: NextStep[];
  /** The standards of the steps, each once, in order. */
  standards: string[];
  /** The factor's lessons, by doc ID. */
  lessons: readonly string[];
}

/** The next steps, grouped by factor, most urgent factor first; factors with nothing to do are left out. */
export function readinessRecommendations(data: ReadinessData, result: ReadinessResult, answers: Answers): RecommendationGroup[] {
  const groups: RecommendationGroup[] = [];
  for (const factorResult of result.factors) {
    const factor = data.factors.find((candidate) => candidate.id === factorResult.factor)!;
    // A factor that was started but needs more answers lists its open questions; one not started yet lists nothing.
    const needsAnswers = factorResult.band === 'unknown' && factorResult.answered + factorResult.unsure > 0;
    const steps = factor.questions
      .map((question) => ({ question: question.id, answer: answers[question.id] }))
      .filter(({ answer }) => (answer === undefined ? needsAnswers : answer === 'unsure' || answer <= 1));
    if (steps.length === 0) continue;
    const standards = [...new Set(steps.flatMap((step) => readinessQuestion(data, step.question)!.standards))];
    groups.push({ factor: factor.id, band: factorResult.band, steps, standards, lessons: factor.lessons });
  }
  return groups.sort((a, b) => BANDS.indexOf(a.band) - BANDS.indexOf(b.band) || FACTORS.indexOf(a.factor) - FACTORS.indexOf(b.factor));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAnswer = (value: unknown): value is Answer => value === 'unsure' || value === 0 || value === 1 || value === 2 || value === 3;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Answers read from a shared link or from the browser's storage, checked field by field, or undefined
 * when the value is damaged or foreign. Answers to questions that no longer exist are dropped.
 */
export function acceptReadiness(data: ReadinessData, raw: unknown): ReadinessState | undefined {
  if (!isRecord(raw) || !isRecord(raw.answers)) return undefined;
  const { business, date } = raw;
  if (typeof business !== 'string' || business.length > MAX_BUSINESS_LENGTH) return undefined;
  if (typeof date !== 'string' || (date !== '' && !DATE.test(date))) return undefined;
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(raw.answers)) {
    if (!isAnswer(answer)) return undefined;
    const question = readinessQuestion(data, id);
    if (question && (answer === 'unsure' || question.options.some((option) => option.points === answer))) answers[id] = answer;
  }
  return { business, date, answers };
}
