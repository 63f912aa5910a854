/** The words of each criterion and of the lessons it links to, in the page's language. */
import { translate } from '@docusaurus/Translate';
import type { CriterionKey } from '@site/src/core/tools/feasibility-criteria';

export interface CriterionWords {
  name: string;
  /** The question the group answers when it rates the criterion. */
  question: string;
}

export function criterionWords(key: CriterionKey): CriterionWords {
  switch (key) {
    case 'market':
      return {
        name: translate({ id: 'tools.feasibility.criterion.market', message: 'Market demand and customers' }),
        question: translate({
          id: 'tools.feasibility.criterion.market.question',
          message: 'Have real customers shown that they will buy, at your price? Letters of intent, pre-orders and paid test sales count for more than friendly survey answers.',
        }),
      };
    case 'commitment':
      return {
        name: translate({ id: 'tools.feasibility.criterion.commitment', message: "Founding members' commitment and skills" }),
        question: translate({
          id: 'tools.feasibility.criterion.commitment.question',
          message: 'Are enough members ready to pay the buy-in, give the time and do the work? Do they have the skills of the trade, or a plan to learn them?',
        }),
      };
    case 'management':
      return {
        name: translate({ id: 'tools.feasibility.criterion.management', message: 'Management and business skills' }),
        question: translate({
          id: 'tools.feasibility.criterion.management.question',
          message: 'Who will run the business day to day: pricing, scheduling, bookkeeping, payroll and sales? Are the skill gaps named, with a plan to train or hire?',
        }),
      };
    case 'capital':
      return {
        name: translate({ id: 'tools.feasibility.criterion.capital', message: 'Start-up capital and financing' }),
        question: translate({
          id: 'tools.feasibility.criterion.capital.question',
          message: 'Is the money to open, and to get through the months before sales cover costs, within reach on fair terms? Count only money promised in writing.',
        }),
      };
    case 'pricing':
      return {
        name: translate({ id: 'tools.feasibility.criterion.pricing', message: 'Pricing and break-even' }),
        question: translate({
          id: 'tools.feasibility.criterion.pricing.question',
          message: 'Do your prices cover every cost, with every worker paid the target wage the members set? Use the break-even check below.',
        }),
      };
    case 'legal':
      return {
        name: translate({ id: 'tools.feasibility.criterion.legal', message: 'Legal form, licenses and permits' }),
        question: translate({
          id: 'tools.feasibility.criterion.legal.question',
          message:
            'Do you know which legal form you will use, and which licenses, permits and insurance the business needs? The rules vary by state and city: check with a lawyer who knows co-ops.',
        }),
      };
    case 'risks':
      return {
        name: translate({ id: 'tools.feasibility.criterion.risks', message: 'Risks and backup plans' }),
        question: translate({
          id: 'tools.feasibility.criterion.risks.question',
          message: "Are the biggest risks to the business and to members' pay and savings named, with a plan for each one?",
        }),
      };
  }
}

/** The title of a lesson, by its path under /curricula/. */
export function lessonTitle(path: string): string {
  switch (path) {
    case 'developer-fundamentals/feasibility':
      return translate({ id: 'tools.feasibility.lesson.feasibility', message: 'Feasibility and the go/no-go decision' });
    case 'developer-fundamentals/facilitating-a-start-up-group':
      return translate({ id: 'tools.feasibility.lesson.startUpGroup', message: 'Forming and facilitating a start-up group' });
    case 'worker-owner-foundations/reading-the-financials':
      return translate({ id: 'tools.feasibility.lesson.financials', message: "Reading the co-op's financial reports" });
    case 'developer-fundamentals/finance-and-capital-accounts':
      return translate({ id: 'tools.feasibility.lesson.finance', message: 'Finance and capital accounts' });
    case 'local-economic-development/procurement-and-funding':
      return translate({ id: 'tools.feasibility.lesson.funding', message: 'Procurement, grants and loans that support worker co-ops' });
    case 'developer-fundamentals/legal-and-tax-structures':
      return translate({ id: 'tools.feasibility.lesson.legal', message: 'Legal and tax structures' });
    default:
      return path;
  }
}
