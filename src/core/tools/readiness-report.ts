/**
 * The report of the readiness self-assessment as rows and lines for the downloads: the result of each
 * factor, every answer, and the next steps. The page passes the words of its language; the questions'
 * own text comes from the question data in that language.
 */
import { toCsv } from '../csv';
import { readinessFactor, readinessQuestion, readinessQuestions, type Answer, type ReadinessData } from './readiness-model';
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

export function answerText(answer: Answer | undefined, questionId: string, data: ReadinessData, labels: ReadinessReportLabels): string {
  if (answer === undefined) return labels.noAnswer;
  if (answer === 'unsure') return data.unsure;
  return readinessQuestion(data, questionId)!.options.find((option) => option.points === answer)!.label;
}

/** One row per factor: its title, result, points, questions, answers ("not sure" included), "not sure" answers and lessons. */
export function readinessFactorRows(result: ReadinessResult, data: ReadinessData, labels: ReadinessReportLabels, lessonTitle: (id: string) => string): string[][] {
  const { columns } = labels;
  return [
    [columns.factor, columns.result, columns.points, columns.outOf, columns.questions, columns.answered, columns.unsure, columns.lessons],
    ...result.factors.map((factor) => {
      const factorData = readinessFactor(data, factor.factor);
      const answered = factor.answered > 0;
      return [
        factorData.title,
        labels.bands[factor.band],
        answered ? String(factor.points) : '',
        answered ? String(factor.maxPoints) : '',
        String(factor.questions),
        String(factor.answered + factor.unsure),
        String(factor.unsure),
        factorData.lessons.map(lessonTitle).join('; '),
      ];
    }),
  ];
}

/** One row per question, in page order: the answer, its points, and the next step when the answer is low. */
export function readinessAnswerRows(answers: Answers, data: ReadinessData, labels: ReadinessReportLabels): string[][] {
  const { columns } = labels;
  return [
    [columns.factor, columns.question, columns.answer, columns.points, columns.nextStep, columns.standards],
    ...readinessQuestions(data).map((question) => {
      const answer = answers[question.id];
      const low = answer === 'unsure' || (typeof answer === 'number' && answer <= 1);
      return [
        readinessFactor(data, question.factor).title,
        question.text,
        answerText(answer, question.id, data, labels),
        typeof answer === 'number' ? String(answer) : '',
        low ? question.action : '',
        low ? question.standards.join(' ') : '',
      ];
    }),
  ];
}

/** The whole report as CSV: a title line, the overall picture, the factors, then every answer. */
export function readinessCsv(state: ReadinessState, result: ReadinessResult, data: ReadinessData, labels: ReadinessReportLabels, lessonTitle: (id: string) => string): string {
  return toCsv([
    [labels.title, ...titleLine(state)],
    [labels.overallHeading, labels.overall[result.overall]],
    [],
    ...readinessFactorRows(result, data, labels, lessonTitle),
    [],
    ...readinessAnswerRows(state.answers, data, labels),
  ]);
}

/** The table of the DOCX: one row per factor, with its result and points. */
export function readinessDocxRows(result: ReadinessResult, data: ReadinessData, labels: ReadinessReportLabels): string[][] {
  const { columns } = labels;
  return [
    [columns.factor, columns.result, columns.points, columns.unsure],
    ...result.factors.map((factor) => [
      readinessFactor(data, factor.factor).title,
      labels.bands[factor.band],
      factor.answered > 0 ? labels.pointsOf(factor.points, factor.maxPoints) : '',
      String(factor.unsure),
    ]),
  ];
}

/** The paragraphs under the DOCX table: the next steps of each factor, its standards and lessons. */
export function readinessNextStepLines(groups: readonly RecommendationGroup[], data: ReadinessData, labels: ReadinessReportLabels, lessonTitle: (id: string) => string): string[] {
  const lines = groups.length > 0 ? [labels.nextStepsHeading] : [];
  for (const group of groups) {
    lines.push(`${readinessFactor(data, group.factor).title}: ${labels.bands[group.band]}`);
    for (const step of group.steps) {
      const question = readinessQuestion(data, step.question)!;
      lines.push(`• ${question.action} (${question.standards.join(', ')})`);
    }
    lines.push(`${labels.columns.lessons}: ${group.lessons.map(lessonTitle).join('; ')}`);
  }
  return [...lines, labels.notAdvice];
}

/** The line under the DOCX title: the business, the date and the overall picture. */
export function readinessDocxIntro(state: ReadinessState, result: ReadinessResult, labels: ReadinessReportLabels): string {
  return [...titleLine(state), `${labels.overallHeading}: ${labels.overall[result.overall]}`].join(' · ');
}
