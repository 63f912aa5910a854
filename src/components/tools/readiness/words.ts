/** The words of the readiness self-assessment, in the page's language, for the page and its downloads. */
import { translate } from '@docusaurus/Translate';
import type { Band, Overall } from '@site/src/core/tools/readiness';
import type { ReadinessReportLabels } from '@site/src/core/tools/readiness-report';

export function bandLabels(): Record<Band, string> {
  return {
    strength: translate({ id: 'tools.readiness.band.strength', message: 'Strength' }),
    gap: translate({ id: 'tools.readiness.band.gap', message: 'Gap to close' }),
    barrier: translate({ id: 'tools.readiness.band.barrier', message: 'Serious barrier' }),
    unknown: translate({ id: 'tools.readiness.band.unknown', message: 'Needs more answers' }),
  };
}

export function overallLabels(): Record<Overall, string> {
  return {
    start: translate({ id: 'tools.readiness.overall.start', message: 'Answer the questions to see where the business stands.' }),
    'not-yet': translate({
      id: 'tools.readiness.overall.notYet',
      message:
        'Not ready yet. At least one factor shows a serious barrier. Work on it first, or agree that now is not the right time. This is a reason to plan, not a judgment of the people in the business.',
    }),
    'find-out': translate({
      id: 'tools.readiness.overall.findOut',
      message: 'Not clear yet. Some factors need more answers. Find out what you can, then come back: this browser keeps your answers.',
    }),
    'getting-ready': translate({
      id: 'tools.readiness.overall.gettingReady',
      message: 'Getting ready. There are strengths to build on, and gaps you can close with time and help.',
    }),
    ready: translate({
      id: 'tools.readiness.overall.ready',
      message:
        'A strong start. Every factor is a strength. The usual next steps are an independent valuation, a financing plan, and co-op education for all the workers. Check again at each milestone.',
    }),
  };
}

export function reportLabels(): ReadinessReportLabels {
  return {
    title: translate({ id: 'tools.readiness.report.title', message: 'Conversion readiness report' }),
    overallHeading: translate({ id: 'tools.readiness.report.overall', message: 'Overall picture' }),
    overall: overallLabels(),
    bands: bandLabels(),
    columns: {
      factor: translate({ id: 'tools.readiness.column.factor', message: 'Factor' }),
      result: translate({ id: 'tools.readiness.column.result', message: 'Result' }),
      points: translate({ id: 'tools.readiness.column.points', message: 'Points' }),
      outOf: translate({ id: 'tools.readiness.column.outOf', message: 'Out of' }),
      questions: translate({ id: 'tools.readiness.column.questions', message: 'Questions' }),
      answered: translate({ id: 'tools.readiness.column.answered', message: 'Answered' }),
      unsure: translate({ id: 'tools.readiness.column.unsure', message: 'Not sure' }),
      question: translate({ id: 'tools.readiness.column.question', message: 'Question' }),
      answer: translate({ id: 'tools.readiness.column.answer', message: 'Answer' }),
      nextStep: translate({ id: 'tools.readiness.column.nextStep', message: 'Next step' }),
      standards: translate({ id: 'tools.readiness.column.standards', message: 'Standards' }),
      lessons: translate({ id: 'tools.readiness.column.lessons', message: 'Lessons' }),
    },
    pointsOf: (points, outOf) => translate({ id: 'tools.readiness.pointsOf', message: '{points} of {outOf} points' }, { points, outOf }),
    noAnswer: translate({ id: 'tools.readiness.noAnswer', message: '(no answer)' }),
    nextStepsHeading: translate({ id: 'tools.readiness.nextSteps', message: 'Next steps' }),
    notAdvice: notAdviceText(),
  };
}

export const notAdviceText = () =>
  translate({
    id: 'tools.readiness.notAdvice',
    message:
      'This self-assessment is a starting point for a conversation. It is not a valuation, a feasibility study, or legal, tax or financial advice. Check with a lawyer or accountant who knows co-ops before you decide.',
  });
