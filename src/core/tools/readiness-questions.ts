/** All the questions of the conversion readiness self-assessment, factor by factor, in page order. */
import { CULTURE_FACTOR } from './readiness-q-culture';
import { FINANCE_FACTOR } from './readiness-q-finance';
import { MANAGEMENT_FACTOR } from './readiness-q-management';
import { OWNER_FACTOR } from './readiness-q-owner';
import { WORKFORCE_FACTOR } from './readiness-q-workforce';
import type { FactorId, ReadinessFactor, ReadinessQuestion } from './readiness-model';

export const READINESS_FACTORS: readonly ReadinessFactor[] = [OWNER_FACTOR, FINANCE_FACTOR, MANAGEMENT_FACTOR, WORKFORCE_FACTOR, CULTURE_FACTOR];

export const READINESS_QUESTIONS: readonly ReadinessQuestion[] = READINESS_FACTORS.flatMap((factor) => factor.questions);

const QUESTIONS_BY_ID = new Map(READINESS_QUESTIONS.map((question) => [question.id, question]));

export function readinessQuestion(id: string): ReadinessQuestion | undefined {
  return QUESTIONS_BY_ID.get(id);
}

export function readinessFactor(id: FactorId): ReadinessFactor {
  return READINESS_FACTORS.find((factor) => factor.id === id)!;
}
