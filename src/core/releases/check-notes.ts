/**
 * Checks a release file against what really changed: every change must be listed with the right kind,
 * and nothing may be listed that did not happen. Errors point at the release file, with the fix.
 */
import type { ContentError } from '../errors';
import type { Release } from '../model';
import { errorAt, type Loaded } from '../rules/context';
import type { StandardsDiff } from './diff';

/**
 * `previous` is the release compared against; undefined for the first release, where every standard
 * is added.
 */
export function checkReleaseNotes(release: Loaded<Release>, diff: StandardsDiff, previous: string | undefined): ContentError[] {
  const version = release.data.version;
  const since = previous ? `after ${previous}` : 'in the first release';
  const unchanged = previous ? `it is the same as in ${previous}` : 'it is not part of this release';
  const errors: ContentError[] = [];
  const actual = new Map(diff.changes.map((change) => [change.id, change]));
  const listedAt = new Map<string, number>();

  release.data.changes.forEach((listed, index) => {
    const where = ['changes', index];
    const earlier = listedAt.get(listed.id);
    if (earlier !== undefined) {
      errors.push(errorAt(release, [...where, 'id'], `${listed.id} is listed twice (first as changes[${earlier}])`, 'list each standard once; put every reason in one note'));
      return;
    }
    listedAt.set(listed.id, index);
    const happened = actual.get(listed.id);
    if (!happened) {
      errors.push(
        errorAt(release, [...where, 'id'], `${listed.id} is listed as ${listed.change}, but ${unchanged}`, "remove this entry, or make the change in the standard's file"),
      );
    } else if (happened.change !== listed.change) {
      errors.push(errorAt(release, [...where, 'change'], `${listed.id} is listed as ${listed.change}, but it was ${happened.change} ${since}`, `write change: ${happened.change}`));
    }
  });

  for (const change of diff.changes) {
    if (!listedAt.has(change.id)) {
      const detail = change.change === 'changed' ? ` (${change.fields.join(', ')})` : '';
      errors.push(
        errorAt(
          release,
          ['changes'],
          `${change.id} was ${change.change}${detail} ${since}, but the release does not list it`,
          `add "- { id: ${change.id}, change: ${change.change}, note: <why> }" to changes`,
          'key',
        ),
      );
    }
    if (change.change === 'added' && change.after.introduced !== version) {
      errors.push(
        errorAt(
          release,
          ['changes'],
          `${change.id} is new in ${version} but says introduced: "${change.after.introduced}"`,
          `set introduced: "${version}" in ${change.after.file}`,
          'key',
        ),
      );
    }
  }

  for (const problem of diff.forbidden) {
    const message =
      problem.problem === 'removed'
        ? `${problem.id} was part of ${previous} but its file is gone`
        : `${problem.id} was retired ${previous ? `before ${previous}` : ''} and is in use again`.replace(/ {2}/g, ' ');
    const fix =
      problem.problem === 'removed' ? `keep the file with status: retired and successors, so that old links keep working` : 'keep it retired and give the new text a new ID';
    errors.push(errorAt(release, ['changes'], message, fix, 'key'));
  }
  return errors;
}
