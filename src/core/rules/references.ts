/** Rules of reference: every ID that one file names must exist, and point at something in use. */
import type { ContentError } from '../errors';
import type { PathSegment } from '../yaml-source';
import { errorAt, type Loaded, type Rule, type RuleContext } from './context';

/** An error when `id`, found at `path`, is not the ID of any standard. */
function unknownStandard(context: RuleContext, record: Loaded<unknown>, path: readonly PathSegment[], id: string): ContentError[] {
  if (context.standardFileIds.has(id)) return [];
  return [errorAt(record, path, `"${id}" is not the ID of any standard`, 'check the ID; every standard is a file standards/<domain>/<ID>.yaml')];
}

/** Errors for each unknown standard ID in the list at `path`. */
export function unknownStandards(context: RuleContext, record: Loaded<unknown>, path: readonly PathSegment[], ids: readonly string[] | undefined): ContentError[] {
  return (ids ?? []).flatMap((id, index) => unknownStandard(context, record, [...path, index], id));
}

export const relatedStandardsExist: Rule = (context) =>
  context.standards.flatMap((record) =>
    record.data.related.flatMap((id, index) => {
      if (id === record.data.id) {
        return [errorAt(record, ['related', index], 'a standard cannot be related to itself', 'remove this item')];
      }
      const target = context.standardsById.get(id);
      if (target?.status === 'retired') {
        const next = target.successors?.map((successor) => successor.id).join(', ');
        return [errorAt(record, ['related', index], `"${id}" is retired`, `point to its successor${next ? ` (${next})` : ''} instead`)];
      }
      return unknownStandard(context, record, ['related', index], id);
    }),
  );

export const successorsBelongToRetiredStandards: Rule = (context) =>
  context.standards.flatMap((record) => {
    const { successors, status, id } = record.data;
    if (!successors) return [];
    if (status !== 'retired') {
      return [errorAt(record, ['successors'], `only a retired standard has successors, and ${id} is ${status}`, 'set status: retired, or remove the successors', 'key')];
    }
    return successors.flatMap((successor, index) => {
      if (successor.id === id) return [errorAt(record, ['successors', index, 'id'], 'a standard cannot succeed itself', 'name the standard that replaces this one')];
      return unknownStandard(context, record, ['successors', index, 'id'], successor.id);
    });
  });

export const docPagesNameRealStandards: Rule = (context) => [
  ...context.lessons.flatMap((record) => unknownStandards(context, record, ['standards'], record.data.standards)),
  ...context.tools.flatMap((record) => unknownStandards(context, record, ['standards'], record.data.standards)),
];

export const lessonPrerequisitesExist: Rule = (context) => {
  return context.lessons.flatMap((record) =>
    record.data.prerequisites.flatMap((id, index) =>
      context.lessonDocIds.has(id)
        ? []
        : [
            errorAt(
              record,
              ['prerequisites', index],
              `"${id}" is not a lesson`,
              'name a lesson by its path under docs/ without the extension, e.g. curricula/<curriculum>/<lesson>',
            ),
          ],
    ),
  );
};

export const glossaryReferencesExist: Rule = (context) => {
  const glossary = context.glossary;
  if (!glossary) return [];
  const termIds = new Set<string>();
  const errors = glossary.data.terms.flatMap((term, index) => {
    if (termIds.has(term.id)) return [errorAt(glossary, ['terms', index, 'id'], `"${term.id}" is already used by another term`, 'give each term its own id')];
    termIds.add(term.id);
    return [];
  });
  glossary.data.terms.forEach((term, index) => {
    (term.see_also ?? []).forEach((other, otherIndex) => {
      if (!termIds.has(other)) errors.push(errorAt(glossary, ['terms', index, 'see_also', otherIndex], `"${other}" is not a term of the glossary`, 'use the id of another term'));
    });
    errors.push(...unknownStandards(context, glossary, ['terms', index, 'standards'], term.standards));
  });
  return errors;
};
