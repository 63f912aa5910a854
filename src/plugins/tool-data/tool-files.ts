/**
 * The data files the tool-data plugin writes for one language: one small JSON file per tool, so that a
 * tool's page loads only its own tool's words and facts, in its own language.
 */
import type { LocalizedToolData } from '../../core/tool-data';

/** The file name of each tool's data; the tools import them from @generated/tool-data/default/<file>. */
export function toolDataModules(localized: LocalizedToolData): Record<string, unknown> {
  return {
    'readiness.json': localized.readiness,
    'feasibility.json': localized.feasibility,
    'entity-comparison.json': localized.entityComparison,
    'decision-matrix.json': localized.decisionMatrix,
    // The downloads page needs only what each template is and where its files are, not its text.
    'templates.json': localized.templates.entries.map(({ id, title, description, files, translation }) => ({ id, title, description, files, translation })),
  };
}
