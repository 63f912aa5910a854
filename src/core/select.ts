/** Which standards a checklist profile selects. Used by the validator and by every checklist export. */
import { matchesFilters } from './filters';
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
    return (
      hasFilters &&
      matchesFilters(standard, {
        domain: select.domains ?? [],
        level: select.levels ?? [],
        stage: select.stages ?? [],
        pathway: select.pathways ?? [],
        audience: select.audiences ?? [],
      })
    );
  });
}
