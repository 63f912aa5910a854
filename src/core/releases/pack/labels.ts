/**
 * The words of a release pack in each language. They extend the checklists' words (levels, stages,
 * "version", "page n of N"); the names of pathways, audiences and statuses and the headings of a
 * standard come from the library's vocabulary (src/core/vocabulary.ts), so that the pack and the site
 * say the same. A published pack keeps the wording it was published with (PUBLISHED_PACK_WORDING).
 */
import { checklistLabels } from '../../checklists/labels';
import { compareVersions, type Language } from '../../model';
import { LABELS, PUBLISHED_PACK_WORDING, vocabularyIn, type Vocabulary, type VocabularyGroup } from '../../vocabulary';

/** The columns of the standards table (CSV and XLSX), in order. */
export const EDITION_COLUMNS = ['id', 'title', 'domain', 'level', 'stages', 'pathways', 'audiences', 'status', 'introduced', 'statement', 'successors', 'url'] as const;
export type EditionColumn = (typeof EDITION_COLUMNS)[number];

/** The pack's own words, which no page shows. */
const OWN_WORDS = {
  en: { successors: 'Successors', sheet: 'Standards', retired: 'Retired standards', contents: 'Contents', license: 'License' },
  es: { successors: 'Sucesores', sheet: 'Estándares', retired: 'Estándares retirados', contents: 'Contenido', license: 'Licencia' },
} satisfies Record<Language, Record<string, string>>;

/** The words of the pack of `version` in `language`. */
export function packLabels(language: Language, version: string) {
  const words = frozenFor(vocabularyIn(language), language, version);
  const checklist = checklistLabels(language);
  const own = OWN_WORDS[language];
  const columns: Record<EditionColumn, string> = {
    id: checklist.columns.id,
    title: checklist.columns.title,
    domain: words.facet.domain,
    level: checklist.columns.level,
    stages: checklist.columns.stages,
    pathways: words.field.pathways,
    audiences: words.field.audiences,
    status: checklist.columns.status,
    introduced: words.heading.introduced,
    statement: checklist.columns.statement,
    successors: own.successors,
    url: checklist.columns.link,
  };
  const { version: versionWord, released, draft, page, of } = checklist;
  return {
    ...own,
    level: words.level,
    stage: words.stage,
    pathway: words.pathway,
    audience: words.audience,
    status: words.status,
    domain: words.facet.domain,
    introduced: words.heading.introduced,
    rationale: words.heading.rationale,
    guidance: words.heading.guidance,
    evidence: words.heading.evidence,
    retiredNote: words.heading.retired,
    untranslated: words.translationNotice.missing,
    purpose: words.heading.purpose,
    scope: words.heading.scope,
    pathways: words.field.pathways,
    audiences: words.field.audiences,
    version: versionWord,
    released,
    draft,
    page,
    of,
    columns,
  };
}

export type PackLabels = ReturnType<typeof packLabels>;

/** The vocabulary with the wording a published pack of `version` used where it differs. */
function frozenFor(words: Vocabulary, language: Language, version: string): Vocabulary {
  const kept = PUBLISHED_PACK_WORDING.filter((entry) => compareVersions(version, entry.through) <= 0 && entry.words[language] !== undefined);
  if (kept.length === 0) return words;
  const copy = Object.fromEntries(Object.entries(words).map(([group, labels]) => [group, { ...labels }])) as Record<string, Record<string, string>>;
  for (const entry of kept) {
    const [group, value] = entry.key.split('.') as [VocabularyGroup, string];
    if (!(value in LABELS[group])) throw new Error(`PUBLISHED_PACK_WORDING: ${entry.key} is not a label of the vocabulary.`);
    copy[group]![value] = entry.words[language]!;
  }
  return copy as unknown as Vocabulary;
}
