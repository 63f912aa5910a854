/** Options of the standards plugin, with their defaults. */
export interface StandardsPluginOptions {
  /** The folder that holds standards/ and docs/, relative to the site; the site itself by default. */
  contentRoot: string;
  /** The React components of each page. */
  components: {
    index: string;
    standard: string;
    /** /standards/coming-changes: every fact that depends on a date, soonest first. */
    comingChanges: string;
    domain: string;
    glossary: string;
    print: string;
    checklists: string;
    checklist: string;
    checklistBuilder: string;
    versionIndex: string;
    releases: string;
    release: string;
    compare: string;
    /** /releases/compare?from=…&to=…: any two releases, compared in the reader's browser. */
    compareAny: string;
    /** /cases and /cases/<id>: the case studies. */
    cases: string;
    case: string;
    /** /directory: the support organizations, with a map. */
    directory: string;
    /** /facts: the facts and figures. */
    facts: string;
  };
}

export const DEFAULT_OPTIONS: StandardsPluginOptions = {
  contentRoot: '.',
  components: {
    index: '@site/src/components/standards/StandardsIndexPage',
    standard: '@site/src/components/standards/StandardPage',
    comingChanges: '@site/src/components/standards/ComingChangesPage',
    domain: '@site/src/components/standards/DomainPage',
    glossary: '@site/src/components/glossary/GlossaryPage',
    print: '@site/src/components/lesson/CurriculumPrintPage',
    checklists: '@site/src/components/checklists/ChecklistsPage',
    checklist: '@site/src/components/checklists/ChecklistPage',
    checklistBuilder: '@site/src/components/checklists/ChecklistBuilder',
    versionIndex: '@site/src/components/releases/VersionIndexPage',
    releases: '@site/src/components/releases/ReleasesPage',
    release: '@site/src/components/releases/ReleasePage',
    compare: '@site/src/components/releases/ComparePage',
    compareAny: '@site/src/components/releases/CompareAnyPage',
    cases: '@site/src/components/public/CasesPage',
    case: '@site/src/components/public/CasePage',
    directory: '@site/src/components/public/DirectoryPage',
    facts: '@site/src/components/public/FactsPage',
  },
};
