/**
 * The vocabulary of the library: the name of every fixed value (levels, stages, pathways, audiences,
 * statuses, kinds of change, successor relations, kinds of search record, translation states) and of
 * the fields and headings those values sit under, in every language of the site.
 *
 * This table is the only place these words live. Pages read it by the reader's language (see
 * src/components/locale.ts), and so do the checklists, the release packs, the feeds and the search
 * index; i18n/es/code.json holds none of them (vocabulary.test.ts fails if it does).
 *
 * Where a value is named in more than one form, each form is its own entry, so that two forms can
 * differ on purpose and never by accident: a kind of change has a heading form ("Moved to a new ID")
 * and a form that reads after an ID in a feed ("GOV-03 moved in 1.1.0"); a successor relation has a
 * sentence form ("moved to GOV-09") and a short name ("GOV-09 (moved)").
 *
 * Each group is typed by the value union of the generated content types, so a value added to a schema
 * without its words here does not compile.
 */
import type { Audience, Language, Level, Pathway, Stage, StandardRecord, Successor } from './model';
import type { Facet } from './filters';
import type { ChangeKind } from './releases/diff';
import type { SearchRecordType } from './search/facets';
import type { TranslationState } from './views';
import { PUBLIC_LABELS } from './public/words';

/** One label in every language of the site. */
export type Words = Readonly<Record<Language, string>>;

type Status = StandardRecord['status'];
type Relation = Successor['relation'];

/** The fields of a standard a release comparison can name. */
export type StandardField =
  'title' | 'statement' | 'rationale' | 'guidance' | 'evidence' | 'domain' | 'level' | 'stages' | 'pathways' | 'audiences' | 'related' | 'sources' | 'status';

/** The translation states a page says something about (the others need no words). */
export type NoticeState = Exclude<TranslationState, 'source' | 'current'>;

const both = (en: string, es: string): Words => ({ en, es });

/** The names of a standard's fields, as a release comparison lists what changed. */
const FIELD = {
  title: both('Title', 'Título'),
  statement: both('Statement', 'Enunciado'),
  rationale: both('Why it matters', 'Por qué es importante'),
  guidance: both('How to meet it', 'Cómo cumplirlo'),
  evidence: both('Evidence', 'Evidencia'),
  domain: both('Domain', 'Área'),
  level: both('Level', 'Nivel'),
  stages: both('Development stages', 'Etapas de desarrollo'),
  pathways: both('Pathways', 'Caminos'),
  audiences: both('Audiences', 'Públicos'),
  related: both('Related standards', 'Estándares relacionados'),
  sources: both('Sources', 'Fuentes'),
  status: both('Status', 'Estado'),
} as const satisfies Record<StandardField, Words>;

export const LABELS = {
  /** How essential a standard is. */
  level: {
    core: both('Core', 'Esencial'),
    recommended: both('Recommended', 'Recomendado'),
    advanced: both('Advanced', 'Avanzado'),
  } satisfies Record<Level, Words>,

  /** The stages of cooperative development. */
  stage: {
    explore: both('Explore', 'Explorar'),
    feasibility: both('Feasibility', 'Viabilidad'),
    plan: both('Plan', 'Planificar'),
    structure: both('Structure', 'Estructurar'),
    launch: both('Launch', 'Lanzar'),
    operate: both('Operate', 'Operar'),
  } satisfies Record<Stage, Words>,

  /** The paths to worker ownership. */
  pathway: {
    startup: both('Start-up', 'Creación'),
    conversion: both('Conversion', 'Conversión'),
    growth: both('Growth', 'Crecimiento'),
  } satisfies Record<Pathway, Words>,

  /** Who a standard or a lesson is for, in the plural. */
  audience: {
    developer: both('Cooperative developers', 'Desarrolladores de cooperativas'),
    trainer: both('Trainers', 'Capacitadores'),
    'worker-owner': both('Worker-owners', 'Trabajadores-dueños'),
    nonprofit: both('Non-profits', 'Organizaciones sin fines de lucro'),
    'business-owner': both('Business owners', 'Dueños de negocios'),
    government: both('Governments', 'Gobiernos'),
    lender: both('Lenders', 'Prestamistas'),
  } satisfies Record<Audience, Words>,

  /** Whether a standard is in use. */
  status: {
    active: both('Active', 'Vigente'),
    deprecated: both('Deprecated: being replaced', 'En desuso: se está reemplazando'),
    retired: both('Retired', 'Retirado'),
  } satisfies Record<Status, Words>,

  /** The facets the standards and the search results are filtered by, each named in the singular. */
  facet: {
    domain: both('Domain', 'Área'),
    level: both('Level', 'Nivel'),
    stage: both('Development stage', 'Etapa de desarrollo'),
    pathway: both('Pathway', 'Camino'),
    audience: both('Audience', 'Público'),
    type: both('Kind of page', 'Tipo de página'),
    sector: both('Sector', 'Sector'),
    state: both('State', 'Estado'),
    service: both('Service', 'Servicio'),
    community: both('Who leads it', 'Quién la dirige'),
    language: both('Language', 'Idioma'),
  } satisfies Record<Facet | 'type' | 'sector' | 'state' | 'service' | 'community' | 'language', Words>,

  /** A kind of change, as a heading or a label of its own: "Moved to a new ID". */
  change: {
    added: both('Added', 'Nuevo'),
    changed: both('Changed', 'Cambiado'),
    moved: both('Moved to a new ID', 'Trasladado a un nuevo ID'),
    retired: both('Retired', 'Retirado'),
    unchanged: both('Unchanged', 'Sin cambios'),
  } satisfies Record<ChangeKind | 'unchanged', Words>,

  /** A kind of change as it reads after a standard's ID and before "in <version>": "GOV-03 moved in 1.1.0". */
  changeAfterId: {
    added: both('added', 'se agregó'),
    changed: both('changed', 'cambió'),
    moved: both('moved', 'se trasladó'),
    retired: both('retired', 'se retiró'),
  } satisfies Record<ChangeKind, Words>,

  /** A successor relation as it reads before the successor: "moved to GOV-09". */
  relation: {
    moved: both('moved to', 'trasladado a'),
    merged: both('merged into', 'fusionado con'),
    split: both('split into', 'dividido en'),
    covered: both('now covered by', 'ahora incluido en'),
  } satisfies Record<Relation, Words>,

  /** A successor relation's short name, as it reads after the successor: "GOV-09 (moved)". */
  relationName: {
    moved: both('moved', 'trasladado'),
    merged: both('merged', 'fusionado'),
    split: both('split', 'dividido'),
    covered: both('covered', 'incluido'),
  } satisfies Record<Relation, Words>,

  /** The kinds of page a search result can be, in the singular. */
  recordType: {
    standard: both('Standard', 'Estándar'),
    domain: both('Domain', 'Área'),
    lesson: both('Lesson', 'Lección'),
    curriculum: both('Curriculum', 'Plan de estudios'),
    tool: both('Tool', 'Herramienta'),
    guide: both('Guide', 'Guía'),
    glossary: both('Glossary term', 'Término del glosario'),
    path: both('Guide for you', 'Guía para usted'),
    case: both('Case study', 'Caso de estudio'),
    organization: both('Support organization', 'Organización de apoyo'),
    figure: both('Fact or figure', 'Dato o cifra'),
  } satisfies Record<SearchRecordType, Words>,

  field: FIELD,

  /** The headings of a standard's and a domain's page, which the release packs repeat. */
  heading: {
    rationale: FIELD.rationale,
    guidance: FIELD.guidance,
    evidence: both('Evidence a reviewer looks for', 'Evidencia que busca quien revisa'),
    related: FIELD.related,
    sources: FIELD.sources,
    introduced: both('Introduced in', 'Incluido desde la versión'),
    purpose: both('Purpose', 'Propósito'),
    scope: both('Scope', 'Alcance'),
    /** Over the successors of a retired standard. */
    retired: both('This standard is no longer in use. Its meaning now lives in:', 'Este estándar ya no se usa. Su contenido ahora está en:'),
  },

  /** What a page or a download says when its text is not in the reader's language as it should be. */
  translationNotice: {
    stale: both(
      'The English text has changed since this translation was made, so it may be out of date.',
      'El texto en inglés cambió después de hacer esta traducción, así que puede estar desactualizada.',
    ),
    missing: both('This text is not translated yet, so it is shown in English.', 'Este texto todavía no está traducido, por eso se muestra en inglés.'),
  } satisfies Record<NoticeState, Words>,

  ...PUBLIC_LABELS,

  /** The link from a translated page to the same page in English. */
  englishVersion: { link: both('Read the English version', 'Leer la versión en inglés') },
} as const;

export type VocabularyGroup = keyof typeof LABELS;

/** The vocabulary in one language: each group's labels, by value. */
export type Vocabulary = { readonly [G in VocabularyGroup]: { readonly [K in keyof (typeof LABELS)[G]]: string } };

const byLanguage = new Map<Language, Vocabulary>();

/** The whole vocabulary in `language`. */
export function vocabularyIn(language: Language): Vocabulary {
  let words = byLanguage.get(language);
  if (!words) {
    words = Object.fromEntries(
      Object.entries(LABELS).map(([group, labels]) => [group, Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, (label as Words)[language]]))]),
    ) as unknown as Vocabulary;
    byLanguage.set(language, words);
  }
  return words;
}

/**
 * The label of `value` in one group, or the value itself when the group has no such value: pages
 * receive some values as plain strings (a facet value from a URL, a field name from a diff).
 */
export function labelOf<G extends VocabularyGroup>(words: Vocabulary, group: G, value: string): string {
  const labels = words[group] as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value]! : value;
}

/** Every label of the table with where it sits, e.g. `{ key: 'level.core', words: { en: 'Core', es: 'Esencial' } }`. */
export function allLabels(): Array<{ key: string; words: Words }> {
  return Object.entries(LABELS).flatMap(([group, labels]) => Object.entries(labels).map(([value, words]) => ({ key: `${group}.${value}`, words: words as Words })));
}

/**
 * Wording that published release packs used and must keep: their files are frozen, byte for byte.
 * A pack of a version up to `through` reads these instead of the table's words.
 */
export const PUBLISHED_PACK_WORDING: ReadonlyArray<{ through: string; key: `${VocabularyGroup}.${string}`; words: Partial<Words> }> = [];
