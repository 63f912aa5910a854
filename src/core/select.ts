/** Which standards a checklist profile selects. Used by the validator and by every checklist export. */
import type { ChecklistProfile, Standard } from './generated/content-types';

type Selection = ChecklistProfile['select'];

/**
 * A standard is selected when it matches every filter of the profile (a filter matches when the
 * standard has any of its values) or is named in `include`; `exclude` always wins. Retired
 * standards are never selected. The result keeps the order of `standards`.
 */
export function selectStandardsForProfile<S extends Standard>(select: Selection, standards: readonly S[]): S[] {
  const excluded = new Set(select.exclude ?? []);
  const included = new Set(select.include ?? []);
  const hasFilters = Boolean(select.domains || select.levels || select.stages || select.pathways || select.audiences);
  return standards.filter((standard) => {
    if (standard.status === 'retired' || excluded.has(standard.id)) return false;
    if (included.has(standard.id)) return true;
    return hasFilters && matchesFilters(select, standard);
  });
}

function matchesFilters(select: Selection, standard: Standard): boolean {
  const matches = <T>(wanted: readonly T[] | undefined, has: readonly T[]) => !wanted || wanted.some((value) => has.includes(value));
  return (
    matches(select.domains, [standard.domain]) &&
    matches(select.levels, [standard.level]) &&
    matches(select.stages, standard.stages) &&
    matches(select.pathways, standard.pathways) &&
    matches(select.audiences, standard.audiences)
  );
}
