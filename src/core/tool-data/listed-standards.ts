/**
 * The standards the readiness tool lists by ID and title under its next steps. The titles that lesson,
 * curriculum and tool pages load are only those of the standards these pages list (see the standards
 * plugin's curricula.json), so every page that loads them carries no more than it shows.
 */
import type { ToolData } from './model';

export function standardsListedByReadiness(toolData: ToolData): string[] {
  const factors = toolData.english.readiness.data.factors;
  return [...new Set(factors.flatMap((factor) => factor.questions.flatMap((question) => question.standards)))];
}
