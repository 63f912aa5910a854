/**
 * The readiness questions in both languages, read from tool-data/ (Node only: for tests and scripts that
 * want the real text). The page never imports this; it gets ReadinessData in its own language.
 */
import { projectToolDataIn } from '../tool-data/project';
import type { ReadinessData, ReadinessLanguage } from './readiness-model';

/** The readiness data of the project, in one language. */
export function readinessData(language: ReadinessLanguage): ReadinessData {
  return projectToolDataIn(language).readiness;
}

type Bilingual = Record<ReadinessLanguage, string>;
const both = (pick: (data: ReadinessData) => string): Bilingual => ({ en: pick(readinessData('en')), es: pick(readinessData('es')) });

/** Every question with its text, help and next step in English and Spanish, in page order. */
export const READINESS_QUESTIONS: readonly { id: string; text: Bilingual; help: Bilingual; action: Bilingual }[] = readinessData('en').factors.flatMap((factor, f) =>
  factor.questions.map((question, q) => {
    const at = (data: ReadinessData) => data.factors[f]!.questions[q]!;
    return { id: question.id, text: both((data) => at(data).text), help: both((data) => at(data).help), action: both((data) => at(data).action) };
  }),
);
