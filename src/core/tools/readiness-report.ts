/**
 * The report of the readiness self-assessment as rows and lines for the downloads: the result of each
 * factor, every answer, and the next steps. The page passes the words of its language; the questions'
 * own text comes from the question data in that language.
 */
import { toCsv } from '../csv';
import { UNSURE_LABEL, type Answer, type ReadinessLanguage } from './readiness-model';
import { READINESS_QUESTIONS, readinessFactor, readinessQuestion } from './readiness-questions';
import type { Answers, Band, Overall, ReadinessResult, ReadinessState, RecommendationGroup } from './readiness';

/** The words of the report, in the page's language. */
export interface ReadinessReportLabels {
  title: string;
  overallHeading: string;
  overall: Record<Overall, string>;
  bands: Record<Band, string>;
  columns: {
    factor: string;
    result: string;
    points: string;
    outOf: string;
    /** How many questions the factor asks. */
    questions: string;
    answered: string;
    unsure: string;
    question: string;
    answer: string;
    nextStep: string;
    standards: string;
    lessons: string;
  };
  /** "8 of 15 points", for the DOCX table. */
  pointsOf: (points: number, outOf: number) => string;
  noAnswer: string;
  nextStepsHeading: string;
  notAdvice: string;
}

/** What the reader named the business and the date, or nothing. */
function titleLine(state: ReadinessState): string[] {
  return [state.business.trim(), state.date].filter((part) => part !== '');
}

export function answerText(answer: Answer | undefined, questionId: string, language: ReadinessLanguage, labels: ReadinessReportLabels): string {
  if (answer === undefined) return labels.noAnswer;
  if (answer === 'unsure') return UNSURE_LABEL[language];
  return readinessQuestion(questionId)!.options.find((option) => option.points === answer)!.label[language];
}

/** One row per factor: its title, result, points, questions, answers ("not sure" included), "not sure" answers and lessons. */
export function readinessFactorRows(result: ReadinessResult, language: ReadinessLanguage, labels: ReadinessReportLabels, lessonTitle: (id: string) => string): string[][] {
  const { columns } = labels;
  return [
    [columns.factor, columns.result, columns.points, columns.outOf, columns.questions, columns.answered, columns.unsure, columns.lessons],
    ...result.factors.map((factor) => {
      const data = readinessFactor(factor.factor);
      const answered = factor.answered > 0;
      return [
        data.title[language],
        labels.bands[factor.band],
        answered ? String(factor.points) : '',
        answered ? String(factor.maxPoints) : '',
        String(factor.questions),
        String(factor.answered + factor.unsure),
        String(factor.unsure),
        data.lessons.map(lessonTitle).join('; '),
      ];
    }),
  ];
}

/** One row per question, in page order: the answer, its points, and the next step when the answer is low. */
export function readinessAnswerRows(answers: Answers, language: ReadinessLanguage, labels: ReadinessReportLabels): string[][] {
  const { columns } = labels;
  return [
    [columns.factor, columns.question, columns.answer, columns.points, columns.nextStep, columns.standards],
    ...READINESS_QUESTIONS.map((question) => {
      const answer = answers[question.id];
      const low = answer === 'unsure' || (typeof answer === 'number' && answer <= 1);
      return [
        readinessFactor(question.factor).title[language],
        question.text[language],
        answerText(answer, question.id, language, labels),
        typeof answer === 'number' ? String(answer) : '',
        low ? question.action[language] : '',
        low ? question.standards.join(' ') : '',
      ];
    }),
  ];
}

/** The whole report as CSV: a title line, the overall picture, the factors, then every answer. */
export function readinessCsv(state: ReadinessState, result: ReadinessResult, language: ReadinessLanguage, labels: ReadinessReportLabels, lessonTitle: (id: string) => string): string {
  return toCsv([
    [labels.title, ...titleLine(state)],
    [labels.overallHeading, labels.overall[result.overall]],
    [],
    ...readinessFactorRows(result, language, labels, lessonTitle),
    [],
    ...readinessAnswerRows(state.answers, language, labels),
  ]);
}

/** The table of the DOCX: one row per factor, with its result and points. */
export function readinessDocxRows(result: ReadinessResult, language: ReadinessLanguage, labels: ReadinessReportLabels): string[][] {
  const { columns } = labels;
  return [
    [columns.factor, columns.result, columns.points, columns.unsure],
    ...result.factors.map((factor) => [
      readinessFactor(factor.factor).title[language],
      labels.bands[factor.band],
      factor.answered > 0 ? labels.pointsOf(factor.points, factor.maxPoints) : '',
      String(factor.unsure),
    ]),
  ];
}

/** The paragraphs under the DOCX table: the next steps of each factor, its standards and lessons. */
export function readinessNextStepLines(groups: readonly RecommendationGroup[], language: ReadinessLanguage, labels: ReadinessReportLabels, lessonTitle: (id: string) => string): string[] {
  const lines = groups.length > 0 ? [labels.nextStepsHeading] : [];
  for (const group of groups) {
    lines.push(`${readinessFactor(group.factor).title[language]}: ${labels.bands[group.band]}`);
    for (const step of group.steps) {
      const question = readinessQuestion(step.question)!;
      lines.push(`• ${question.action[language]} (${question.standards.join(', ')})`);
    }
    lines.push(`${labels.columns.lessons}: ${group.lessons.map(lessonTitle).join('; ')}`);
  }
  return [...lines, labels.notAdvice];
}

/** The line under the DOCX title: the business, the date and the overall picture. */
export function readinessDocxIntro(state: ReadinessState, result: ReadinessResult, labels: ReadinessReportLabels): string {
  return [...titleLine(state), `${labels.overallHeading}: ${labels.overall[result.overall]}`].join(' · ');
}
