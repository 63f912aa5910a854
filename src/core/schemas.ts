/**
 * Compiles the JSON Schemas in schemas/ once and validates parsed content against them, turning each
 * schema error into a ContentError that a contributor can act on.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import audiencePathSchema from '../../schemas/audience-path.schema.json';
import caseStudySchema from '../../schemas/case-study.schema.json';
import checklistExportSchema from '../../schemas/checklist-export.schema.json';
import checklistSchema from '../../schemas/checklist.schema.json';
import commonSchema from '../../schemas/common.schema.json';
import curriculumSchema from '../../schemas/curriculum.schema.json';
import domainSchema from '../../schemas/domain.schema.json';
import figuresSchema from '../../schemas/figures.schema.json';
import glossarySchema from '../../schemas/glossary.schema.json';
import guideSchema from '../../schemas/guide.schema.json';
import lessonSchema from '../../schemas/lesson.schema.json';
import librarySchema from '../../schemas/library.schema.json';
import organizationSchema from '../../schemas/organization.schema.json';
import releaseSchema from '../../schemas/release.schema.json';
import standardSchema from '../../schemas/standard.schema.json';
import standardsExportSchema from '../../schemas/standards-export.schema.json';
import toolSchema from '../../schemas/tool.schema.json';
import toolDataReadinessSchema from '../../schemas/tool-data-readiness.schema.json';
import toolDataFeasibilitySchema from '../../schemas/tool-data-feasibility.schema.json';
import toolDataEntityComparisonSchema from '../../schemas/tool-data-entity-comparison.schema.json';
import toolDataDecisionMatrixSchema from '../../schemas/tool-data-decision-matrix.schema.json';
import toolDataTemplateSchema from '../../schemas/tool-data-template.schema.json';
import toolDataTemplateCommonSchema from '../../schemas/tool-data-template-common.schema.json';
import toolDataTranslationSchema from '../../schemas/tool-data-translation.schema.json';
import translationSchema from '../../schemas/translation.schema.json';
import type { ContentError } from './errors';
import { describeSchemaError } from './schema-messages';
import type { YamlSource } from './yaml-source';

/** The kinds of content file, each validated by its own schema. */
export type ContentKind =
  | 'library'
  | 'domain'
  | 'standard'
  | 'translation'
  | 'glossary'
  | 'checklist'
  | 'release'
  | 'lesson'
  | 'curriculum'
  | 'tool'
  | 'guide'
  | 'audience-path'
  | 'case-study'
  | 'organization'
  | 'figures'
  | 'tool-data-readiness'
  | 'tool-data-feasibility'
  | 'tool-data-entity-comparison'
  | 'tool-data-decision-matrix'
  | 'tool-data-template'
  | 'tool-data-template-common'
  | 'tool-data-translation';

const SCHEMAS: Record<ContentKind, object> = {
  library: librarySchema,
  domain: domainSchema,
  standard: standardSchema,
  translation: translationSchema,
  glossary: glossarySchema,
  checklist: checklistSchema,
  release: releaseSchema,
  lesson: lessonSchema,
  curriculum: curriculumSchema,
  tool: toolSchema,
  'tool-data-readiness': toolDataReadinessSchema,
  'tool-data-feasibility': toolDataFeasibilitySchema,
  'tool-data-entity-comparison': toolDataEntityComparisonSchema,
  'tool-data-decision-matrix': toolDataDecisionMatrixSchema,
  'tool-data-template': toolDataTemplateSchema,
  'tool-data-template-common': toolDataTemplateCommonSchema,
  'tool-data-translation': toolDataTranslationSchema,
  guide: guideSchema,
  'audience-path': audiencePathSchema,
  'case-study': caseStudySchema,
  organization: organizationSchema,
  figures: figuresSchema,
};

/** The JSON Schema documents, as published under /schemas/ on the site. */
export const SCHEMA_DOCUMENTS: Readonly<Record<string, object>> = {
  'common.schema.json': commonSchema,
  'checklist-export.schema.json': checklistExportSchema,
  'standards-export.schema.json': standardsExportSchema,
  ...Object.fromEntries(Object.entries(SCHEMAS).map(([kind, schema]) => [`${kind}.schema.json`, schema])),
};

const compiled = new Map<ContentKind, ValidateFunction>();
let ajvInstance: Ajv2020 | undefined;

function ajv(): Ajv2020 {
  if (!ajvInstance) {
    ajvInstance = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    addFormats(ajvInstance);
    ajvInstance.addSchema(commonSchema);
  }
  return ajvInstance;
}

/** The validator of one kind, compiled the first time it is needed. */
function validatorOf(kind: ContentKind): ValidateFunction | undefined {
  let validate = compiled.get(kind);
  if (!validate && SCHEMAS[kind]) {
    validate = ajv().compile(SCHEMAS[kind]);
    compiled.set(kind, validate);
  }
  return validate;
}

/** Every schema error of `source` against the schema of `kind`, at most one per field and rule. */
export function validateAgainstSchema(kind: ContentKind, source: YamlSource): ContentError[] {
  const validate = validatorOf(kind);
  if (!validate) throw new Error(`No schema for content kind "${kind}"`);
  if (validate(source.data)) return [];
  const seen = new Set<string>();
  const errors: ContentError[] = [];
  for (const error of relevantErrors(validate.errors ?? [])) {
    const described = describeSchemaError(error, source);
    const key = `${described.field}\u0000${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(described);
  }
  return errors;
}

/** Drops the errors that only repeat another one: the `if` that led to a `then`, and anyOf wrappers. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if');
}

const exportValidators = new Map<object, ValidateFunction>();

/** Checks a download against its published schema; returns ajv's error texts. */
function validateExport(schema: object, data: unknown): string[] {
  let validate = exportValidators.get(schema);
  if (!validate) {
    validate = ajv().compile(schema);
    exportValidators.set(schema, validate);
  }
  return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Checks a downloaded checklist (JSON) against checklist-export.schema.json. */
export function validateChecklistExport(data: unknown): string[] {
  return validateExport(checklistExportSchema, data);
}

/** Checks a release's standards.json against standards-export.schema.json. */
export function validateStandardsExport(data: unknown): string[] {
  return validateExport(standardsExportSchema, data);
}
