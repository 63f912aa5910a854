/* This file is generated from schemas/*.schema.json by `npm run types`. Do not edit it by hand. */

/**
 * The version being edited now. Released versions have a file in standards/releases/.
 */
export type Version = string;
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug = string;
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug1 = string;
/**
 * A standard's permanent ID: a domain prefix of 2-5 capital letters, a dash and 2-3 digits, e.g. GOV-03.
 */
export type StandardId = string;
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug2 = string;
/**
 * How essential the standard is: core (every project), recommended (most projects), advanced (mature projects).
 */
export type Level = 'core' | 'recommended' | 'advanced';
/**
 * A stage of cooperative development.
 */
export type Stage = 'explore' | 'feasibility' | 'plan' | 'structure' | 'launch' | 'operate';
/**
 * A path to worker ownership: a new start-up, a conversion of an existing business, or the growth of an existing co-op.
 */
export type Pathway = 'startup' | 'conversion' | 'growth';
/**
 * Who the standard is for.
 */
export type Audience =
  'developer' | 'trainer' | 'worker-owner' | 'nonprofit' | 'business-owner' | 'government' | 'lender';
/**
 * IDs of closely related standards. Use [] when there are none.
 */
export type StandardIdList = StandardId[];
/**
 * The release that first published this standard.
 */
export type Version1 = string;
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug3 = string;
/**
 * Standards where the term matters most.
 */
export type StandardIdList1 = StandardId[];
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug4 = string;
/**
 * A list of standard IDs, each listed once.
 */
export type StandardIdList2 = StandardId[];
/**
 * The version released; equal to the file name.
 */
export type Version2 = string;
/**
 * Minutes of teaching and discussion.
 */
export type Minutes = number;
/**
 * Minutes of activities.
 */
export type Minutes1 = number;
/**
 * A list of short texts.
 *
 * Items: A short piece of plain text.
 */
export type StringList = string[];
/**
 * A list of standard IDs, each listed once.
 */
export type StandardIdList3 = StandardId[];
/**
 * A list of standard IDs, each listed once.
 */
export type StandardIdList4 = StandardId[];

/**
 * Every kind of content file of the library, by the schema that validates it.
 */
export interface ContentFiles {
  library?: Library;
  domain?: Domain;
  standard?: Standard;
  translation?: Translation;
  glossary?: Glossary;
  checklist?: ChecklistProfile;
  release?: Release;
  lesson?: LessonFrontMatter;
  curriculum?: CurriculumFrontMatter;
  tool?: ToolFrontMatter;
}
/**
 * Edition metadata of the standards library, stored in standards/library.yaml.
 */
export interface Library {
  /**
   * The full name of the edition.
   */
  name: string;
  /**
   * A short name used in citations.
   */
  short_name: string;
  version: Version;
  /**
   * Languages of the library; the first is the source language.
   *
   * @minItems 1
   */
  languages: ['en' | 'es', ...('en' | 'es')[]];
  /**
   * Domain IDs in the order they are shown.
   *
   * @minItems 1
   */
  domains: [Slug, ...Slug[]];
  repository: {
    /**
     * The web address of the source repository, used for 'Edit this file' links.
     */
    url: string;
    /**
     * The branch that edits are proposed against.
     */
    branch: string;
  };
  /**
   * The license of the content, as an SPDX identifier.
   */
  license: string;
}
/**
 * A domain of practice that groups standards, stored in standards/domains/<id>.yaml.
 */
export interface Domain {
  id: Slug1;
  /**
   * The ID prefix of this domain's standards, e.g. GOV for GOV-03.
   */
  prefix: string;
  /**
   * The domain's name.
   */
  title: string;
  /**
   * Why this domain matters (Markdown).
   */
  purpose: string;
  /**
   * What the domain covers and what it leaves to other domains (Markdown).
   */
  scope: string;
}
/**
 * One standard of practice, stored in standards/<domain>/<ID>.yaml. The file name is the ID.
 */
export interface Standard {
  id: StandardId;
  /**
   * A short name for the standard.
   */
  title: string;
  domain: Slug2;
  /**
   * One or two sentences that a reviewer can check.
   */
  statement: string;
  /**
   * Why this matters to the people in the co-op (Markdown).
   */
  rationale: string;
  /**
   * How to meet the standard in practice, with common mistakes (Markdown).
   */
  guidance: string;
  /**
   * What a reviewer looks at to see that the standard is met.
   *
   * @minItems 1
   * @maxItems 8
   *
   * Items: A short piece of plain text.
   */
  evidence:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string];
  level: Level;
  /**
   * The development stages where the standard applies.
   *
   * @minItems 1
   */
  stages: [Stage, ...Stage[]];
  /**
   * The paths to worker ownership where the standard applies.
   *
   * @minItems 1
   */
  pathways: [Pathway, ...Pathway[]];
  /**
   * Who needs to know and act on the standard.
   *
   * @minItems 1
   */
  audiences: [Audience, ...Audience[]];
  related: StandardIdList;
  /**
   * Where the facts in this standard come from.
   *
   * @minItems 1
   */
  sources: [Source, ...Source[]];
  /**
   * Facts in this standard that depend on a date: a law that takes effect later, a rule that ends, or a proposed rule not yet final. Each says when to check it again. Leave the field out when there are none.
   *
   * @minItems 1
   */
  dated_facts?: [DatedFact, ...DatedFact[]];
  /**
   * active: in use. deprecated: still valid but being replaced. retired: no longer in use; kept so that old links work.
   */
  status: 'active' | 'deprecated' | 'retired';
  introduced: Version1;
  /**
   * For a retired standard: the standards that now carry its meaning.
   *
   * @minItems 1
   */
  successors?: [Successor, ...Successor[]];
}
/**
 * A published source behind a fact: what it is, who published it, where to read it, what in it supports the fact, and when it was last checked.
 */
export interface Source {
  /**
   * A short piece of plain text.
   */
  title: string;
  /**
   * A short piece of plain text.
   */
  publisher: string;
  /**
   * The year of publication or of the version cited.
   */
  year: number;
  /**
   * A stable web address for the source.
   */
  url?: string;
  /**
   * A short piece of plain text.
   */
  note?: string;
  /**
   * The day someone last read this source and confirmed that it still says what the standard relies on, as YYYY-MM-DD. Update it each time you check the source again.
   */
  checked: string;
}
export interface DatedFact {
  /**
   * A short piece of plain text.
   */
  fact: string;
  /**
   * takes-effect: a change already law that starts on `date`. ends: a rule that stops applying on `date`. pending: a proposed rule or a case not yet decided.
   */
  kind: 'takes-effect' | 'ends' | 'pending';
  /**
   * The day the change takes effect or the rule ends. A pending fact may leave it out.
   */
  date?: string;
  /**
   * The day by which someone checks the fact against its source again (for example, before the date, or every year for a pending rule).
   */
  review_by: string;
  /**
   * The url of the source, listed in this standard's sources, that states the fact.
   */
  source: string;
}
export interface Successor {
  id: StandardId;
  /**
   * moved: same meaning, new ID. merged: joined with others. split: divided into several. covered: now part of a broader standard.
   */
  relation: 'moved' | 'merged' | 'split' | 'covered';
}
/**
 * The translation of one standard (standards/i18n/<lang>/<domain>/<ID>.yaml) or one domain (standards/i18n/<lang>/domains/<id>.yaml). It records a fingerprint of the English text it translates so that a stale translation is found.
 */
export interface Translation {
  /**
   * The ID of the standard or domain translated; equal to the file name.
   */
  id: string;
  /**
   * The fingerprint of the English text this translation was made from. `npm run validate` tells the current one.
   */
  source_hash: string;
  /**
   * A short piece of plain text.
   */
  title: string;
  /**
   * A short piece of plain text.
   */
  statement?: string;
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  rationale?: string;
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  guidance?: string;
  /**
   * @minItems 1
   *
   * Items: A short piece of plain text.
   */
  evidence?: [string, ...string[]];
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  purpose?: string;
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  scope?: string;
  /**
   * The facts of the standard's dated_facts, translated, in the same order.
   *
   * @minItems 1
   */
  dated_facts?: [
    {
      /**
       * A short piece of plain text.
       */
      fact: string;
    },
    ...{
      /**
       * A short piece of plain text.
       */
      fact: string;
    }[]
  ];
}
/**
 * Plain-language definitions of the terms the library uses, in every language, stored in standards/glossary.yaml.
 */
export interface Glossary {
  /**
   * @minItems 1
   */
  terms: [Term, ...Term[]];
}
export interface Term {
  id: Slug3;
  term: Localized;
  definition: Localized1;
  /**
   * IDs of related glossary terms.
   */
  see_also?: Slug[];
  standards?: StandardIdList1;
}
/**
 * The term in each language.
 */
export interface Localized {
  /**
   * A short piece of plain text.
   */
  en: string;
  /**
   * A short piece of plain text.
   */
  es: string;
}
/**
 * A one- or two-sentence definition in plain words, in each language.
 */
export interface Localized1 {
  /**
   * A short piece of plain text.
   */
  en: string;
  /**
   * A short piece of plain text.
   */
  es: string;
}
/**
 * Which standards a checklist holds, for whom, and how it is grouped; stored in standards/checklists/<id>.yaml. Checklists are generated from the standards, never written by hand.
 */
export interface ChecklistProfile {
  id: Slug4;
  title: Localized2;
  purpose: Localized2;
  /**
   * @minItems 1
   */
  audiences: [Audience, ...Audience[]];
  /**
   * A standard is selected when it matches every filter given here (a filter matches when the standard has any of the listed values), or is listed in include; exclude always wins.
   */
  select: {
    /**
     * @minItems 1
     */
    domains?: [Slug, ...Slug[]];
    /**
     * @minItems 1
     */
    levels?: [Level, ...Level[]];
    /**
     * @minItems 1
     */
    stages?: [Stage, ...Stage[]];
    /**
     * @minItems 1
     */
    pathways?: [Pathway, ...Pathway[]];
    /**
     * @minItems 1
     */
    audiences?: [Audience, ...Audience[]];
    include?: StandardIdList2;
    exclude?: StandardIdList2;
  };
  /**
   * How items are grouped in the checklist.
   */
  group_by: 'domain' | 'stage';
}
export interface Localized2 {
  /**
   * A short piece of plain text.
   */
  en: string;
  /**
   * A short piece of plain text.
   */
  es: string;
}
/**
 * Release notes of one version of the library, stored in standards/releases/<version>.yaml.
 */
export interface Release {
  version: Version2;
  /**
   * The release date, as YYYY-MM-DD.
   */
  date: string;
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  summary: string;
  /**
   * Every standard added, changed, moved or retired in this release.
   */
  changes: {
    id: StandardId;
    change: 'added' | 'changed' | 'moved' | 'retired';
    /**
     * A short piece of plain text.
     */
    note: string;
  }[];
  /**
   * The summary and the notes in another language, by language code. Anything not translated is shown in English.
   */
  translations?: {
    es?: Translation1;
  };
}
export interface Translation1 {
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  summary: string;
  /**
   * The note of each change, translated, by standard ID.
   */
  notes?: {
    /**
     * A short piece of plain text.
     */
    [k: string]: string | undefined;
  };
}
/**
 * The front matter of a lesson page, docs/curricula/<curriculum>/<lesson>.mdx.
 */
export interface LessonFrontMatter {
  /**
   * A short piece of plain text.
   */
  title: string;
  /**
   * A short piece of plain text.
   */
  summary: string;
  /**
   * @minItems 1
   */
  audience: [Audience, ...Audience[]];
  duration: {
    teaching: Minutes;
    activity: Minutes1;
  };
  /**
   * What learners can do after the lesson.
   *
   * @minItems 1
   *
   * Items: A short piece of plain text.
   */
  objectives: [string, ...string[]];
  /**
   * @minItems 1
   *
   * Items: A short piece of plain text.
   */
  key_questions: [string, ...string[]];
  /**
   * @minItems 1
   *
   * Items: A short piece of plain text.
   */
  key_points: [string, ...string[]];
  /**
   * Lessons to take first, as doc IDs such as curricula/developer-fundamentals/co-op-identity.
   */
  prerequisites: string[];
  materials: StringList;
  standards: StandardIdList3;
  slug?: string;
  description?: string;
  sidebar_label?: string;
  sidebar_position?: number;
  keywords?: string[];
}
/**
 * The front matter of a curriculum's overview page, docs/curricula/<curriculum>/index.mdx. The rest of the overview (lessons, total time, schedule, standards) is computed from the lessons.
 */
export interface CurriculumFrontMatter {
  /**
   * A short piece of plain text.
   */
  title: string;
  /**
   * A short piece of plain text.
   */
  description: string;
  /**
   * @minItems 1
   */
  audience: [Audience, ...Audience[]];
  /**
   * What learners can do after the whole curriculum.
   *
   * @minItems 1
   *
   * Items: A short piece of plain text.
   */
  objectives: [string, ...string[]];
  slug?: string;
  sidebar_label?: string;
  sidebar_position?: number;
}
/**
 * The front matter of a tool page, docs/tools/<tool>.mdx.
 */
export interface ToolFrontMatter {
  /**
   * A short piece of plain text.
   */
  title: string;
  /**
   * A short piece of plain text.
   */
  summary: string;
  kind: 'calculator' | 'assessment' | 'worksheet' | 'comparison' | 'template';
  /**
   * @minItems 1
   */
  audience: [Audience, ...Audience[]];
  standards: StandardIdList4;
  slug?: string;
  description?: string;
  sidebar_label?: string;
  sidebar_position?: number;
  keywords?: string[];
}
