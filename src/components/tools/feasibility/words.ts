/**
 * The words of the feasibility worksheet in the page's language, for the page and its downloads. The
 * criteria's names and questions are content, in tool-data/feasibility.yaml (see ./data).
 */
import { translate } from '@docusaurus/Translate';
import type { FeasibilityLabels } from '@site/src/core/tools/feasibility-export';
import type { CriterionKey } from '@site/src/core/tools/feasibility-criteria';
import { FEASIBILITY_DATA } from './data';

export function labels(): FeasibilityLabels {
  return {
    columns: {
      criterion: translate({ id: 'tools.feasibility.column.criterion', message: 'Criterion' }),
      standards: translate({ id: 'tools.feasibility.column.standards', message: 'Standards' }),
      mustHave: translate({ id: 'tools.feasibility.column.mustHave', message: 'Must-have' }),
      rating: translate({ id: 'tools.feasibility.column.rating', message: 'Rating' }),
      bar: translate({ id: 'tools.feasibility.column.bar', message: 'What must be true' }),
      evidence: translate({ id: 'tools.feasibility.column.evidence', message: 'What the study found' }),
    },
    // The criteria's names come from the tool's data (tool-data/feasibility.yaml), in the page's language.
    criteria: Object.fromEntries(FEASIBILITY_DATA.criteria.map(({ key, name }) => [key, name])) as Record<CriterionKey, string>,
    ratings: {
      unrated: translate({ id: 'tools.feasibility.rating.unrated', message: 'Not rated yet' }),
      ready: translate({ id: 'tools.feasibility.rating.ready', message: 'Ready' }),
      'needs-work': translate({ id: 'tools.feasibility.rating.needsWork', message: 'Needs work' }),
      'not-ready': translate({ id: 'tools.feasibility.rating.notReady', message: 'Not ready' }),
    },
    outcomes: {
      'not-yet': translate({ id: 'tools.feasibility.outcome.notYet', message: 'Not yet' }),
      incomplete: translate({ id: 'tools.feasibility.outcome.incomplete', message: 'Not finished: some criteria are not rated' }),
      'with-conditions': translate({ id: 'tools.feasibility.outcome.withConditions', message: 'Go only with conditions' }),
      ready: translate({ id: 'tools.feasibility.outcome.ready', message: 'Ready to go ahead' }),
    },
    choices: {
      none: translate({ id: 'tools.feasibility.choice.none', message: 'No decision yet' }),
      go: translate({ id: 'tools.feasibility.choice.go', message: 'Go: start the co-op' }),
      'no-go': translate({ id: 'tools.feasibility.choice.noGo', message: 'No-go: do not start it' }),
      revisit: translate({ id: 'tools.feasibility.choice.revisit', message: 'Revisit: decide again by a set date' }),
    },
    yes: translate({ id: 'tools.feasibility.yes', message: 'Yes' }),
    no: translate({ id: 'tools.feasibility.no', message: 'No' }),
    sections: {
      result: translate({ id: 'tools.feasibility.section.result', message: 'Result of the ratings' }),
      breakEven: translate({ id: 'tools.feasibility.section.breakEven', message: 'Break-even check' }),
      decision: translate({ id: 'tools.feasibility.section.decision', message: 'The decision' }),
    },
    result: {
      outcome: translate({ id: 'tools.feasibility.result.outcome', message: 'Result' }),
      mustHaveNotReady: translate({ id: 'tools.feasibility.result.mustHaveNotReady', message: 'Must-haves that are not ready' }),
      notReady: translate({ id: 'tools.feasibility.result.notReady', message: 'Not ready' }),
      needsWork: translate({ id: 'tools.feasibility.result.needsWork', message: 'Needs work' }),
      unrated: translate({ id: 'tools.feasibility.result.unrated', message: 'Not rated yet' }),
    },
    breakEven: {
      unit: translate({ id: 'tools.feasibility.breakEven.unit.label', message: 'What one unit is' }),
      fixedCosts: translate({ id: 'tools.feasibility.breakEven.fixedCosts.label', message: 'Fixed costs each month (dollars)' }),
      price: translate({ id: 'tools.feasibility.breakEven.price.label', message: 'Price of one unit (dollars)' }),
      variableCost: translate({ id: 'tools.feasibility.breakEven.variableCost.label', message: 'Variable cost of one unit (dollars)' }),
      margin: translate({ id: 'tools.feasibility.breakEven.margin', message: 'What each unit adds to pay fixed costs (dollars)' }),
      units: translate({ id: 'tools.feasibility.breakEven.units', message: 'Units each month to break even' }),
      sales: translate({ id: 'tools.feasibility.breakEven.sales', message: 'Sales each month to break even (dollars)' }),
      expectedUnits: translate({ id: 'tools.feasibility.breakEven.expectedUnits.label', message: 'Units you expect to sell each month' }),
      share: translate({ id: 'tools.feasibility.breakEven.share', message: 'Break-even as a share of expected units (%)' }),
      resultAtExpected: translate({ id: 'tools.feasibility.breakEven.resultAtExpected', message: 'Left over (or short, below zero) at expected units (dollars)' }),
      noMargin: translate({ id: 'tools.feasibility.breakEven.noMarginShort', message: 'None: the price is not more than the variable cost' }),
    },
    decision: {
      choice: translate({ id: 'tools.feasibility.decision.choice', message: 'Decision' }),
      meetingDate: translate({ id: 'tools.feasibility.decision.meetingDate', message: 'Date of the meeting' }),
      revisitDate: translate({ id: 'tools.feasibility.decision.revisitDate', message: 'Decide again by' }),
      present: translate({ id: 'tools.feasibility.decision.present', message: 'Who was present' }),
      votesFor: translate({ id: 'tools.feasibility.decision.votesFor', message: 'Votes for' }),
      votesAgainst: translate({ id: 'tools.feasibility.decision.votesAgainst', message: 'Votes against' }),
      votesAbstain: translate({ id: 'tools.feasibility.decision.votesAbstain', message: 'Abstentions' }),
      conditions: translate({ id: 'tools.feasibility.decision.conditions', message: 'Conditions and next steps' }),
    },
  };
}

export const defaultTitle = () => translate({ id: 'tools.feasibility.defaultTitle', message: 'Feasibility go/no-go worksheet' });

/** The rules that turn the ratings into a result, in order, as the page and the DOCX explain them. */
export function rulesText(): string[] {
  return [
    translate({ id: 'tools.feasibility.rule.mustHave', message: 'A must-have criterion rated "Not ready" means "Not yet".' }),
    translate({ id: 'tools.feasibility.rule.twoNotReady', message: 'Two or more criteria rated "Not ready" also mean "Not yet", even if none is a must-have.' }),
    translate({ id: 'tools.feasibility.rule.allRated', message: 'Otherwise, every criterion must be rated before there is a result.' }),
    translate({
      id: 'tools.feasibility.rule.conditions',
      message: 'Any "Needs work", or one "Not ready" that is not a must-have, means "Go only with conditions": a written plan for each gap, with names and dates.',
    }),
    translate({ id: 'tools.feasibility.rule.ready', message: 'Every criterion rated "Ready" means "Ready to go ahead".' }),
  ];
}

export const membersDecideText = () =>
  translate({
    id: 'tools.feasibility.membersDecide',
    message:
      'The worksheet does not make the decision. The future members do, with the decision process they agreed on, after time to read the findings and ask questions. This is not legal or financial advice.',
  });

/** What each result means, in a sentence or two. */
export function outcomeText(outcome: keyof FeasibilityLabels['outcomes']): string {
  switch (outcome) {
    case 'not-yet':
      return translate({
        id: 'tools.feasibility.outcome.notYet.text',
        message: 'Do not go ahead now. Work on what is not ready and decide again by a set date, change the plan, or stop. A careful "not yet" protects people\'s savings.',
      });
    case 'incomplete':
      return translate({ id: 'tools.feasibility.outcome.incomplete.text', message: 'Rate every criterion to see the result.' });
    case 'with-conditions':
      return translate({
        id: 'tools.feasibility.outcome.withConditions.text',
        message: 'The group can go ahead if it writes a plan for each gap, with names and dates, in the conditions below. Or it can change the plan and decide again.',
      });
    case 'ready':
      return translate({ id: 'tools.feasibility.outcome.ready.text', message: 'Every criterion is ready. The ratings support going ahead. The members still decide.' });
  }
}
