/**
 * The titles of the lessons the criteria link to, in the page's language. The criteria's own names and
 * questions are content, in tool-data/feasibility.yaml (see ./data).
 */
import { translate } from '@docusaurus/Translate';

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
