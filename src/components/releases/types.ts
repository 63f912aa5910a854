/** The props the release pages receive from the standards plugin (see src/plugins/standards/releases.ts). */
import type { ChangeKind } from '@site/src/core/releases/diff';
import type { Comparison } from '@site/src/core/releases/compare-view';
import type { Language, ReleaseRecord } from '@site/src/core/model';
import type { StandardSummaryView } from '@site/src/core/views';

export interface FeedLinks {
  atom: string;
  json: string;
}

export interface ReleaseSummary {
  version: string;
  date?: string;
  summaryHtml: string;
  /** The language of the summary: English where the release file has no translation. */
  summaryLanguage: string;
  permalink: string;
  standardsPermalink: string;
  packPermalink: string;
}

export interface ReleasesPageProps {
  data: { releases: Array<ReleaseSummary & { counts: Record<ChangeKind, number> }>; versions: string[]; latestPackPermalink: string; feeds: FeedLinks };
}

/** A correction made to the release's archived pages after it was published, with its reason in the page's language. */
export interface PageCorrectionView {
  date: string;
  /** The language of the pages it corrected. */
  language: Language;
  reason: string;
}

export interface ReleasePageProps {
  data: ReleaseSummary & { comparison: Comparison; releasesPermalink: string; feeds: FeedLinks; corrections: PageCorrectionView[] };
}

export interface ComparePageProps {
  data: { comparison: Comparison; versions: string[]; releasesPermalink: string };
}

export interface CompareAnyPageProps {
  data: {
    versions: string[];
    /** Every release's notes, for the notes of the releases between the two compared. */
    releases: ReleaseRecord[];
    releasesPermalink: string;
    /** Where each release's comparison file is, e.g. /releases/data/ (then 1.0.0.json). */
    dataBase: string;
    language: Language;
    baseUrl: string;
  };
}

export interface VersionIndexProps {
  data: {
    version: string;
    date?: string;
    newest: boolean;
    releasePermalink: string;
    currentPermalink: string;
    packPermalink: string;
    domains: Array<{ id: string; title: string; standards: StandardSummaryView[] }>;
  };
}
