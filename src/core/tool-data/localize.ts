/**
 * One language's view of the tool data: the translated text, or the English where the translation is
 * missing or stale, with a mark that says which, so the page can say so. This is what the tools, their
 * downloads and the template files read; the browser gets one tool's view, in its page's language.
 */
import type { TemplateEntry, TemplatesData } from '../templates/catalog';
import type { Block, Language, TemplateSection } from '../templates/model';
import type { DecisionMatrixData } from '../tools/decision-matrix-defaults';
import type { EntityComparisonData } from '../tools/entity-comparison-types';
import type { FeasibilityData } from '../tools/feasibility-criteria';
import type { ReadinessData } from '../tools/readiness-model';
import { TOOL_DATA_FILES, type ToolDataLanguage, type ToolDataName } from './files';
import type { TemplateBlockFile, TemplateSectionFile, ToolData, ToolDataFiles, TranslationState } from './model';
import { overlayTranslation } from './translation';

export interface LocalizedToolData {
  language: ToolDataLanguage;
  readiness: ReadinessData;
  feasibility: FeasibilityData;
  entityComparison: EntityComparisonData;
  decisionMatrix: DecisionMatrixData;
  templates: TemplatesData;
}

/** One file's data in a language, and which text it holds. */
function localizedFile<Name extends ToolDataName>(toolData: ToolData, name: Name, language: ToolDataLanguage): { data: ToolDataFiles[Name]; translation: TranslationState } {
  const english = toolData.english[name].data as ToolDataFiles[Name];
  if (language === 'en') return { data: english, translation: { language, status: 'source' } };
  const translation = toolData.translations.find((candidate) => candidate.name === name && candidate.language === language);
  if (!translation || translation.status === 'broken') return { data: english, translation: { language, status: 'missing' } };
  if (translation.status === 'stale') return { data: english, translation: { language, status: 'stale' } };
  return { data: overlayTranslation(english, translation.data), translation: { language, status: 'translated' } };
}

/** The least complete of several states: stale before missing before translated. */
function worst(states: readonly TranslationState[]): TranslationState {
  const rank = ['source', 'translated', 'missing', 'stale'] as const;
  return states.reduce((a, b) => (rank.indexOf(b.status) > rank.indexOf(a.status) ? b : a));
}

function readinessView(toolData: ToolData, language: ToolDataLanguage): ReadinessData {
  const { data, translation } = localizedFile(toolData, 'readiness', language);
  return {
    unsure: data.unsure,
    factors: data.factors.map((factor) => ({
      id: factor.id,
      title: factor.title,
      intro: factor.intro,
      lessons: factor.lessons,
      questions: factor.questions.map((question) => ({
        id: question.id,
        factor: factor.id,
        ...(question.key ? { key: true } : {}),
        text: question.text,
        help: question.help,
        options: (question.options ?? data.scale).map((label, points) => ({ points: points as 0 | 1 | 2 | 3, label })),
        action: question.action,
        standards: question.standards,
      })),
    })),
    translation,
  };
}

function feasibilityView(toolData: ToolData, language: ToolDataLanguage): FeasibilityData {
  const { data, translation } = localizedFile(toolData, 'feasibility', language);
  return {
    criteria: data.criteria.map((criterion) => ({
      key: criterion.key as FeasibilityData['criteria'][number]['key'],
      name: criterion.name,
      question: criterion.question,
      mustHaveByDefault: criterion.must_have_by_default,
      standards: criterion.standards,
      // The worksheet links lessons by their path under /curricula/.
      lessons: criterion.lessons.map((lesson) => lesson.replace(/^curricula\//, '')),
    })),
    translation,
  };
}

function entityComparisonView(toolData: ToolData, language: ToolDataLanguage): EntityComparisonData {
  const { data, translation } = localizedFile(toolData, 'entity-comparison', language);
  type View = EntityComparisonData;
  return {
    caution: data.caution,
    topicNames: Object.fromEntries(data.topics.map((topic) => [topic.id, topic.name])) as View['topicNames'],
    priorityNames: Object.fromEntries(data.priorities.map((priority) => [priority.id, priority.name])) as View['priorityNames'],
    forms: Object.fromEntries(
      data.forms.map((form) => [
        form.id,
        {
          id: form.id,
          name: form.name,
          description: form.description,
          cells: Object.fromEntries(
            Object.entries(form.cells).map(([topic, cell]) => [
              topic,
              { summary: cell.summary, points: cell.points.map((point) => ({ text: point.text, sources: point.sources, bears: point.bears ?? [] })) },
            ]),
          ),
        },
      ]),
    ) as unknown as View['forms'],
    otherForms: data.other_forms.map((other) => ({ id: other.id, name: other.name, text: other.text, sources: other.sources })),
    sources: data.sources,
    translation,
  };
}

function decisionMatrixView(toolData: ToolData, language: ToolDataLanguage): DecisionMatrixData {
  const { data, translation } = localizedFile(toolData, 'decision-matrix', language);
  return {
    decisions: data.decisions.map((decision) => ({
      name: decision.name,
      decides: decision.decides as DecisionMatrixData['decisions'][number]['decides'],
      consulted: decision.consulted as DecisionMatrixData['decisions'][number]['consulted'],
      vote: decision.vote as DecisionMatrixData['decisions'][number]['vote'],
      notes: decision.notes,
      reserved: decision.reserved,
    })),
    translation,
  };
}

function block(source: TemplateBlockFile): Block {
  if ('paragraph' in source) return { kind: 'paragraph', text: source.paragraph };
  if ('bullets' in source) return { kind: 'bullets', items: source.bullets };
  if ('note' in source) return { kind: 'note', note: 'note', text: source.note };
  if ('state_law' in source) return { kind: 'note', note: 'stateLaw', text: source.state_law };
  return { kind: 'signature', lines: source.signature };
}

function section(source: TemplateSectionFile): TemplateSection {
  return { id: source.id, heading: source.heading, blocks: source.blocks.map(block) };
}

const TEMPLATE_NAMES = ['templates/engagement-letter', 'templates/membership-agreement', 'templates/bylaws-outline'] as const;

function templatesView(toolData: ToolData, language: ToolDataLanguage): TemplatesData {
  const common = localizedFile(toolData, 'templates/common', language);
  const { labels } = common.data;
  const entries: TemplateEntry[] = TEMPLATE_NAMES.map((name) => {
    const { data, translation } = localizedFile(toolData, name, language);
    const id = name.slice('templates/'.length) as TemplateEntry['id'];
    return {
      id,
      title: data.title,
      description: data.description,
      files: { en: `templates/${id}.en.docx`, es: `templates/${id}.es.docx` },
      revised: data.revised,
      caution: `${common.data.caution} ${data.caution}`,
      sections: [section(common.data.how_to_use), ...data.sections.map(section)],
      translation: worst([common.translation, translation]),
    };
  });
  return {
    language: language as Language,
    publisher: common.data.publisher,
    labels: { note: labels.note, stateLaw: labels.state_law, header: labels.header, revised: labels.version_line, page: labels.page, of: labels.of },
    entries,
  };
}

/** The tool data in one language. */
export function localizeToolData(toolData: ToolData, language: ToolDataLanguage): LocalizedToolData {
  return {
    language,
    readiness: readinessView(toolData, language),
    feasibility: feasibilityView(toolData, language),
    entityComparison: entityComparisonView(toolData, language),
    decisionMatrix: decisionMatrixView(toolData, language),
    templates: templatesView(toolData, language),
  };
}

/** The names of the tool-data files, for the report of what a build read. */
export const TOOL_DATA_NAMES: readonly ToolDataName[] = TOOL_DATA_FILES.map(({ name }) => name);
