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
 * The published sources behind the facts of this record. Each source's `note` says which facts it supports.
 *
 * @minItems 1
 */
export type SourceList = [Source, ...Source[]];
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug5 = string;
/**
 * The state where the co-op is based.
 */
export type UsState =
  | 'AL'
  | 'AK'
  | 'AZ'
  | 'AR'
  | 'CA'
  | 'CO'
  | 'CT'
  | 'DE'
  | 'DC'
  | 'FL'
  | 'GA'
  | 'HI'
  | 'ID'
  | 'IL'
  | 'IN'
  | 'IA'
  | 'KS'
  | 'KY'
  | 'LA'
  | 'ME'
  | 'MD'
  | 'MA'
  | 'MI'
  | 'MN'
  | 'MS'
  | 'MO'
  | 'MT'
  | 'NE'
  | 'NV'
  | 'NH'
  | 'NJ'
  | 'NM'
  | 'NY'
  | 'NC'
  | 'ND'
  | 'OH'
  | 'OK'
  | 'OR'
  | 'PA'
  | 'PR'
  | 'RI'
  | 'SC'
  | 'SD'
  | 'TN'
  | 'TX'
  | 'UT'
  | 'VT'
  | 'VA'
  | 'WA'
  | 'WV'
  | 'WI'
  | 'WY';
/**
 * What the co-op does: home-care, cleaning, food (groceries, bakeries, restaurants, food making), manufacturing, construction (and trades, landscaping), technology (and design, media), transportation, professional-services, childcare, retail, or environmental (recycling, composting, waste hauling).
 */
export type CaseSector =
  | 'home-care'
  | 'cleaning'
  | 'food'
  | 'manufacturing'
  | 'construction'
  | 'technology'
  | 'transportation'
  | 'professional-services'
  | 'childcare'
  | 'retail'
  | 'environmental';
/**
 * A language people work or get help in, by its ISO 639-1 code: en English, es Spanish, zh Chinese, ht Haitian Creole, fr French, pt Portuguese, vi Vietnamese, ko Korean, ar Arabic, so Somali, ne Nepali, tl Tagalog, hmn Hmong, ru Russian.
 */
export type SpokenLanguage =
  'en' | 'es' | 'zh' | 'ht' | 'fr' | 'pt' | 'vi' | 'ko' | 'ar' | 'so' | 'ne' | 'tl' | 'hmn' | 'ru';
export type CaseCommunity = 'immigrant' | 'black' | 'latino' | 'women' | 'asian-american' | 'indigenous';
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug6 = string;
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug7 = string;
export type OrganizationService =
  | 'development'
  | 'conversion'
  | 'federation'
  | 'lending'
  | 'funding'
  | 'legal'
  | 'accounting'
  | 'training'
  | 'research';
export type ServedPlace =
  | 'nationwide'
  | 'AL'
  | 'AK'
  | 'AZ'
  | 'AR'
  | 'CA'
  | 'CO'
  | 'CT'
  | 'DE'
  | 'DC'
  | 'FL'
  | 'GA'
  | 'HI'
  | 'ID'
  | 'IL'
  | 'IN'
  | 'IA'
  | 'KS'
  | 'KY'
  | 'LA'
  | 'ME'
  | 'MD'
  | 'MA'
  | 'MI'
  | 'MN'
  | 'MS'
  | 'MO'
  | 'MT'
  | 'NE'
  | 'NV'
  | 'NH'
  | 'NJ'
  | 'NM'
  | 'NY'
  | 'NC'
  | 'ND'
  | 'OH'
  | 'OK'
  | 'OR'
  | 'PA'
  | 'PR'
  | 'RI'
  | 'SC'
  | 'SD'
  | 'TN'
  | 'TX'
  | 'UT'
  | 'VT'
  | 'VA'
  | 'WA'
  | 'WV'
  | 'WI'
  | 'WY';
/**
 * The state.
 */
export type UsState1 =
  | 'AL'
  | 'AK'
  | 'AZ'
  | 'AR'
  | 'CA'
  | 'CO'
  | 'CT'
  | 'DE'
  | 'DC'
  | 'FL'
  | 'GA'
  | 'HI'
  | 'ID'
  | 'IL'
  | 'IN'
  | 'IA'
  | 'KS'
  | 'KY'
  | 'LA'
  | 'ME'
  | 'MD'
  | 'MA'
  | 'MI'
  | 'MN'
  | 'MS'
  | 'MO'
  | 'MT'
  | 'NE'
  | 'NV'
  | 'NH'
  | 'NJ'
  | 'NM'
  | 'NY'
  | 'NC'
  | 'ND'
  | 'OH'
  | 'OK'
  | 'OR'
  | 'PA'
  | 'PR'
  | 'RI'
  | 'SC'
  | 'SD'
  | 'TN'
  | 'TX'
  | 'UT'
  | 'VT'
  | 'VA'
  | 'WA'
  | 'WV'
  | 'WI'
  | 'WY';
/**
 * A short lower-case name made of letters, digits and dashes, e.g. governance.
 */
export type Slug8 = string;
/**
 * What the figure is about: count (how many co-ops), workers, sectors, survival (how long co-ops last), pay (wages and job quality), or growth.
 */
export type FigureTopic = 'count' | 'workers' | 'sectors' | 'survival' | 'pay' | 'growth';
/**
 * What the number counts: co-ops, workers, percent, dollars, dollars-per-hour or years.
 */
export type FigureUnit = 'co-ops' | 'workers' | 'percent' | 'dollars' | 'dollars-per-hour' | 'years';

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
  'audience-path'?: AudiencePathFrontMatter;
  'case-study'?: CaseStudy;
  organization?: SupportOrganization;
  figures?: FactsAndFigures;
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
   * The language the source is written in, when it is not English (es Spanish, fr French, pt Portuguese). Pages mark its title with this language so screen readers read it right.
   */
  language?: 'es' | 'fr' | 'pt';
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
   * Corrections made after publication to the site's own words on the release's archived pages (a label, a banner), never to the text of a standard or a lesson. The archived files and their SHA256SUMS stay as they were kept; the site serves them with each correction applied, and the release page lists every one, with its day and reason.
   */
  corrections?: {
    /**
     * The day the correction was made, on or after the release's date.
     */
    date: string;
    /**
     * The language of the archived pages it corrects.
     */
    language: 'en' | 'es';
    /**
     * The exact text to replace, as it is in the archived HTML; it must occur in at least one page.
     */
    find: string;
    /**
     * The text served in its place.
     */
    replace: string;
    reason: BilingualText;
  }[];
  /**
   * The summary and the notes in another language, by language code. Anything not translated is shown in English.
   */
  translations?: {
    es?: Translation1;
  };
}
/**
 * What was wrong, in both languages; shown on the release page.
 */
export interface BilingualText {
  /**
   * A short piece of plain text.
   */
  en: string;
  /**
   * A short piece of plain text.
   */
  es: string;
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
   * On a translation only (a page under i18n/<language>/): the fingerprint of the English page it was made from, so that a stale translation is found. `npm run i18n:stamp -- <file>` writes it.
   */
  source_hash?: string;
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
   * On a translation only (a page under i18n/<language>/): the fingerprint of the English page it was made from, so that a stale translation is found. `npm run i18n:stamp -- <file>` writes it.
   */
  source_hash?: string;
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
   * On a translation only (a page under i18n/<language>/): the fingerprint of the English page it was made from, so that a stale translation is found. `npm run i18n:stamp -- <file>` writes it.
   */
  source_hash?: string;
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
/**
 * The front matter of a page for one kind of reader, in docs/paths/<path>.mdx: it starts from that reader's questions and leads to the standards, lessons, tools, checklists and cases that answer them.
 */
export interface AudiencePathFrontMatter {
  /**
   * A short piece of plain text.
   */
  title: string;
  /**
   * On a translation only (a page under i18n/<language>/): the fingerprint of the English page it was made from, so that a stale translation is found. `npm run i18n:stamp -- <file>` writes it.
   */
  source_hash?: string;
  /**
   * A short piece of plain text.
   */
  description: string;
  /**
   * The reader the page is for: nonprofit, business-owner, government, lender, worker-owner, or public (someone new to worker co-ops).
   */
  audience: 'nonprofit' | 'business-owner' | 'government' | 'lender' | 'worker-owner' | 'public';
  /**
   * Where the page stands in the menu: 1 comes first.
   */
  sidebar_position: number;
  /**
   * The day a second reader last checked the page's facts against its sources, as YYYY-MM-DD.
   */
  reviewed: string;
  sources: SourceList;
}
/**
 * One real, publicly documented worker co-op, in standards/case-studies/<id>.yaml: who it is, where, how it started and was paid for, what happened, and which standards it shows. Every fact comes from a listed source.
 */
export interface CaseStudy {
  id: Slug5;
  /**
   * A short piece of plain text.
   */
  name: string;
  /**
   * A short piece of plain text.
   */
  city: string;
  state: UsState;
  sector: CaseSector;
  /**
   * How the co-op began: `startup` (workers started a new business) or `conversion` (an owner sold an existing business to its workers).
   */
  pathway: 'startup' | 'conversion';
  /**
   * The year the business began (for a conversion, the year the original business began).
   */
  founded: number;
  /**
   * For a conversion: the year the workers became its owners.
   */
  became_coop?: number;
  /**
   * How many people work there, as the source says, and the year of that count.
   */
  size: {
    /**
     * The number of workers (or the lower end when the source says "more than").
     */
    workers: number;
    /**
     * How many of them are worker-owners, when the source says.
     */
    owners?: number;
    /**
     * The year the count describes.
     */
    year: number;
  };
  /**
   * The languages the co-op works in, as its sources describe.
   *
   * @minItems 1
   */
  languages: [SpokenLanguage, ...SpokenLanguage[]];
  /**
   * Who leads and owns the co-op, as its sources describe it: immigrant, black, latino, women, asian-american, indigenous. Leave the list empty when the sources do not say.
   */
  communities: CaseCommunity[];
  /**
   * The organizations that helped the workers develop or convert the co-op. Name one that is in the directory by its `directory` ID so the two pages link.
   */
  partners?: CasePartner[];
  summary: BilingualText1;
  financing: BilingualMarkdown;
  story: BilingualMarkdown1;
  /**
   * The standards this case shows in practice; each standard's page then lists the case.
   *
   * @minItems 1
   */
  standards: [StandardId, ...StandardId[]];
  /**
   * Where the co-op stands, as of `checked`: `operating`, `closed`, or `changed` (it is no longer a worker co-op, or it merged).
   */
  status: 'operating' | 'closed' | 'changed';
  /**
   * The co-op's own website, if it has one.
   */
  website?: string;
  sources: SourceList;
  /**
   * The day someone last checked the facts of this case against its sources, as YYYY-MM-DD.
   */
  checked: string;
}
export interface CasePartner {
  /**
   * A short piece of plain text.
   */
  name: string;
  directory?: Slug6;
}
/**
 * One or two plain sentences on who the co-op is and why its story matters.
 */
export interface BilingualText1 {
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
 * How the start-up or the purchase was paid for: member buy-ins, loans (from whom), grants, outside investment.
 */
export interface BilingualMarkdown {
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  en: string;
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  es: string;
}
/**
 * What happened: how it began, the hard parts, how it is run, where it is now. Two to four short paragraphs.
 */
export interface BilingualMarkdown1 {
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  en: string;
  /**
   * Text in Markdown: paragraphs, lists, links, emphasis. Raw HTML is not rendered.
   */
  es: string;
}
/**
 * One organization that helps worker co-ops, in standards/organizations/<id>.yaml: what it does, where and in which languages, how to reach it, and when someone last checked.
 */
export interface SupportOrganization {
  id: Slug7;
  /**
   * A short piece of plain text.
   */
  name: string;
  /**
   * What it offers worker co-ops: development (helps groups start a co-op), conversion (helps owners sell to workers), federation (a membership network or trade group), lending (loans), funding (grants or investment), legal, accounting, training, research.
   *
   * @minItems 1
   */
  services: [OrganizationService, ...OrganizationService[]];
  /**
   * Where it works: `[nationwide]` when it works across the country, or the list of states it serves by their two-letter codes, e.g. [NY, NJ].
   *
   * @minItems 1
   */
  serves: [ServedPlace, ...ServedPlace[]];
  /**
   * The languages it offers help in, as its website shows.
   *
   * @minItems 1
   */
  languages: [SpokenLanguage, ...SpokenLanguage[]];
  /**
   * Where its main office is, when a source says so. Leave it out rather than guess.
   */
  based_in?: {
    /**
     * A short piece of plain text.
     */
    city: string;
    state: UsState1;
  };
  /**
   * Its website.
   */
  website: string;
  summary: BilingualText2;
  sources: SourceList;
  /**
   * The day someone last confirmed these facts on its website or in a source, as YYYY-MM-DD.
   */
  checked: string;
}
/**
 * One or two plain sentences: who it is and what it does for worker co-ops.
 */
export interface BilingualText2 {
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
 * The numbers a city council or a funder asks about worker co-ops, in standards/figures.yaml: each with its source and year, and a plain caution where the research is thin.
 */
export interface FactsAndFigures {
  /**
   * The figures, in the order the page shows them.
   *
   * @minItems 1
   */
  figures: [Figure, ...Figure[]];
}
export interface Figure {
  id: Slug8;
  topic: FigureTopic;
  label: BilingualText3;
  /**
   * The number, as the source gives it (a percent as 25 for 25%).
   */
  value: number;
  unit: FigureUnit;
  /**
   * True when the source gives an estimate (shown as "about").
   */
  approximate?: boolean;
  /**
   * The year the data describes (not the year it was published).
   */
  year: number;
  explanation: BilingualText4;
  caution?: BilingualText5;
  /**
   * The parts of the figure, drawn as a bar chart with a table beside it, e.g. co-ops by sector.
   *
   * @minItems 2
   */
  breakdown?: [FigurePart, FigurePart, ...FigurePart[]];
  source: Source;
}
/**
 * What is counted, in a few words, e.g. "Worker co-ops in the US".
 */
export interface BilingualText3 {
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
 * One or two plain sentences: what the number means and how it was found.
 */
export interface BilingualText4 {
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
 * Where the research is thin or the number is easy to misread, say so plainly here.
 */
export interface BilingualText5 {
  /**
   * A short piece of plain text.
   */
  en: string;
  /**
   * A short piece of plain text.
   */
  es: string;
}
export interface FigurePart {
  label: BilingualText6;
  /**
   * Its number, in the figure's unit.
   */
  value: number;
}
/**
 * The name of the part.
 */
export interface BilingualText6 {
  /**
   * A short piece of plain text.
   */
  en: string;
  /**
   * A short piece of plain text.
   */
  es: string;
}
