/** The answers of the worked example on the tool's page, shared by the unit and browser tests. */
import type { Answers } from './readiness';

/**
 * The print shop of the worked example on the tool's page (docs/tools/readiness-assessment.mdx).
 * Hand-computed: owner 2+2+1+1+3 = 9 of 15 (average 1.8, a gap); finance 3+2+1+2+2 = 10 of 15
 * (average 2, a strength); management 1+0+1+0+0 = 2 of 15 (average 0.4, a serious barrier);
 * workforce 1+3 = 4 of 6 from 2 answers, with 3 "not sure" (2 of 5 answered: needs more answers);
 * culture 2+0+3+2 = 7 of 12 (average 1.75, a gap).
 */
export const PRINT_SHOP: Answers = {
  'owner-interest': 2,
  'owner-timeline': 2,
  'owner-goals': 1,
  'owner-price': 1,
  'owner-role': 3,
  'finance-profit': 3,
  'finance-books': 2,
  'finance-customers': 1,
  'finance-cash': 2,
  'finance-budget': 2,
  'management-tasks': 1,
  'management-relationships': 0,
  'management-manager': 1,
  'management-written': 0,
  'management-plan': 0,
  'workforce-told': 1,
  'workforce-interest': 'unsure',
  'workforce-leaders': 'unsure',
  'workforce-stay': 3,
  'workforce-learning': 'unsure',
  'culture-trust': 2,
  'culture-numbers': 0,
  'culture-participation': 3,
  'culture-inclusion': 2,
};
