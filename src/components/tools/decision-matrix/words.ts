/** The words of the decision matrix builder, in the page's language, for the page and its downloads. */
import { translate } from '@docusaurus/Translate';
import type { DecisionMatrixLabels, Party } from '@site/src/core/tools/decision-matrix';

export function labels(): DecisionMatrixLabels {
  return {
    columns: {
      decision: translate({
        id: 'tools.decisionMatrix.column.decision',
        message: 'Decision',
      }),
      decides: translate({
        id: 'tools.decisionMatrix.column.decides',
        message: 'Who decides',
      }),
      consulted: translate({
        id: 'tools.decisionMatrix.column.consulted',
        message: 'Who is asked first',
      }),
      vote: translate({
        id: 'tools.decisionMatrix.column.vote',
        message: 'Vote needed',
      }),
      notes: translate({
        id: 'tools.decisionMatrix.column.notes',
        message: 'Notes',
      }),
      reserved: translate({
        id: 'tools.decisionMatrix.column.reserved',
        message: 'Usually kept for the members',
      }),
    },
    parties: {
      members: translate({
        id: 'tools.decisionMatrix.party.members',
        message: 'Members',
      }),
      board: translate({
        id: 'tools.decisionMatrix.party.board',
        message: 'Board',
      }),
      managers: translate({
        id: 'tools.decisionMatrix.party.managers',
        message: 'Managers',
      }),
      committee: translate({
        id: 'tools.decisionMatrix.party.committee',
        message: 'A committee',
      }),
    },
    nobody: translate({
      id: 'tools.decisionMatrix.party.nobody',
      message: 'Nobody',
    }),
    votes: {
      majority: translate({
        id: 'tools.decisionMatrix.vote.majority',
        message: 'Majority',
      }),
      'two-thirds': translate({
        id: 'tools.decisionMatrix.vote.twoThirds',
        message: 'Two-thirds',
      }),
      consensus: translate({
        id: 'tools.decisionMatrix.vote.consensus',
        message: 'Consensus',
      }),
      none: translate({
        id: 'tools.decisionMatrix.vote.none',
        message: 'No vote',
      }),
    },
    yes: translate({ id: 'tools.decisionMatrix.yes', message: 'Yes' }),
    unnamed: translate({
      id: 'tools.decisionMatrix.unnamed',
      message: '(no name)',
    }),
  };
}

export const defaultTitle = () =>
  translate({
    id: 'tools.decisionMatrix.defaultTitle',
    message: 'Decision-making matrix',
  });

export function warningText(name: string, decides: Party, words: DecisionMatrixLabels): string {
  return translate(
    {
      id: 'tools.decisionMatrix.warning.row',
      message:
        'Check this one. In most states, the law or the bylaws keep "{decision}" for a vote of the members. Here it goes to: {who}. Check your state\'s co-op or corporation law and your bylaws, and verify with a lawyer before you adopt it.',
    },
    { decision: name.trim() || words.unnamed, who: words.parties[decides] },
  );
}

export const reviewText = () =>
  translate({
    id: 'tools.decisionMatrix.review',
    message: 'Review this matrix at least once a year, and after any big change, like a new location or a new manager. Write the date of each review in the minutes.',
  });

export const bylawsText = () =>
  translate({
    id: 'tools.decisionMatrix.bylawsWin',
    message: 'Where this matrix and your bylaws disagree, the bylaws win: fix the matrix. This is not legal advice.',
  });
