/** The errors and cautions of the feasibility worksheet, in the page's language. */
import { translate } from '@docusaurus/Translate';
import type { DecisionCaution, FeasibilityFieldError } from '@site/src/core/tools/feasibility-form';

export function errorText(error: FeasibilityFieldError, counts: { votes?: number; present?: number } = {}): string {
  switch (error) {
    case 'amount':
      return translate({ id: 'tools.feasibility.error.amount', message: 'Enter an amount in dollars, like 24000 or 24,000.00.' });
    case 'positive':
      return translate({ id: 'tools.feasibility.error.positive', message: 'Enter a number more than zero.' });
    case 'tooLarge':
      return translate({ id: 'tools.feasibility.error.tooLarge', message: 'Enter an amount of $10,000,000 or less.' });
    case 'wholeNumber':
      return translate({ id: 'tools.feasibility.error.wholeNumber', message: 'Enter a whole number, like 12.' });
    case 'date':
      return translate({ id: 'tools.feasibility.error.date', message: 'Enter a real date, like 2026-03-14.' });
    case 'required':
      return translate({ id: 'tools.feasibility.error.revisitRequired', message: 'Enter the date by which the group will decide again.' });
    case 'beforeMeeting':
      return translate({ id: 'tools.feasibility.error.beforeMeeting', message: 'Choose a date after the date of the meeting.' });
    case 'moreVotesThanPresent':
      return translate(
        { id: 'tools.feasibility.error.moreVotes', message: 'There are more votes ({votes}) than people present ({present}). Check the vote or the list of names.' },
        { votes: counts.votes ?? 0, present: counts.present ?? 0 },
      );
  }
}

export function cautionText(caution: DecisionCaution): string {
  switch (caution) {
    case 'goAgainstResult':
      return translate({
        id: 'tools.feasibility.caution.goAgainstResult',
        message:
          'The decision is "Go", but the ratings say "Not yet". The group may still choose this. Write down the reasons, and how each gap will be closed, in the conditions and next steps.',
      });
    case 'notCarried':
      return translate({
        id: 'tools.feasibility.caution.notCarried',
        message: 'The decision is "Go", but no more people voted for it than against it. Check the decision rules your group agreed on.',
      });
  }
}
