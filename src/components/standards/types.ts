/** The props each standards page receives from the standards plugin. */
import type { StandardReleaseView } from '@site/src/core/releases/standard-releases';
import type { DomainView, StandardSummaryView, StandardView } from '@site/src/core/views';

export interface SiteInfo {
  name: string;
  version: string;
  languages: string[];
  /** The address of the standards index in this language. */
  standardsPermalink: string;
  /** The site's public address, for citations. */
  url: string;
}

export type DomainSummary = Pick<DomainView, 'id' | 'title' | 'permalink'> & { count: number };

export interface StandardsIndexProps {
  data: { site: SiteInfo; domains: DomainSummary[]; standards: StandardSummaryView[] };
}

export interface StandardPageProps {
  data: { site: SiteInfo; standard: StandardView; release: StandardReleaseView };
}

export interface DomainPageProps {
  data: { site: SiteInfo; domain: DomainView };
}
