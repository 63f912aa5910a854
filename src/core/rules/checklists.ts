/** Rules of checklist profiles: every name in a selection is real, and the selection is not empty. */
import { selectStandardsForProfile } from '../select';
import { errorAt, type Rule } from './context';

export const checklistSelectionsResolve: Rule = (context) => {
  const domains = new Set(context.domains.map((record) => record.data.id));
  const active = [...context.standardsById.values()];
  return context.checklists.flatMap((record) => {
    const { select } = record.data;
    const errors = (select.domains ?? []).flatMap((domain, index) =>
      domains.has(domain) ? [] : [errorAt(record, ['select', 'domains', index], `"${domain}" is not a domain of the library`, `use one of: ${[...domains].join(', ')}`)],
    );
    for (const list of ['include', 'exclude'] as const) {
      (select[list] ?? []).forEach((id, index) => {
        if (!context.standardFileIds.has(id)) {
          errors.push(errorAt(record, ['select', list, index], `"${id}" is not the ID of any standard`, 'check the ID'));
        }
      });
    }
    // With a broken standard file, an empty selection may only echo that error: judge it once all are valid.
    const allStandardsValid = context.standardsById.size === context.standardFileIds.size;
    if (errors.length === 0 && allStandardsValid && selectStandardsForProfile(select, active).length === 0) {
      errors.push(errorAt(record, ['select'], 'selects no standard', 'widen the filters, or name standards in include', 'key'));
    }
    return errors;
  });
};
