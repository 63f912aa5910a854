import type { CaseSummaryView, CaseView } from '@site/src/core/public/cases-view';
import type { DirectoryView } from '@site/src/core/public/directory-view';
import type { FigureView } from '@site/src/core/public/figures-view';

/** What the plugin gives each page (see src/plugins/standards/public-pages.ts). */
export interface CasesPageProps {
  data: { cases: CaseSummaryView[]; directoryPermalink: string };
}
export interface CasePageProps {
  data: { case: CaseView; casesPermalink: string };
}
export interface DirectoryPageProps {
  data: DirectoryView & { editUrl: string };
}
export interface FactsPageProps {
  data: { figures: FigureView[]; editUrl: string };
}
