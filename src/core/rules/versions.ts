/** Rules of versions: standards and releases never claim a version after the one being edited. */
import { compareVersions } from '../model';
import { errorAt, type Rule } from './context';

export const versionsAreNotInTheFuture: Rule = (context) => {
  const current = context.library?.data.version;
  if (!current) return [];
  const standards = context.standards
    .filter((record) => compareVersions(record.data.introduced, current) > 0)
    .map((record) => errorAt(record, ['introduced'], `"${record.data.introduced}" is after the version being edited, ${current}`, `use ${current} for a new standard`));
  const releases = context.releases
    .filter((record) => compareVersions(record.data.version, current) > 0)
    .map((record) =>
      errorAt(record, ['version'], `"${record.data.version}" is after the version in standards/library.yaml, ${current}`, 'set the version in standards/library.yaml first'),
    );
  return [...standards, ...releases];
};

/** A standard that a release retired stays retired: its ID is never given to something new. */
export const retiredIdsAreNeverReused: Rule = (context) =>
  context.releases.flatMap((release) =>
    release.data.changes.flatMap((change, index) => {
      if (change.change !== 'retired') return [];
      const standard = context.standards.find((record) => record.data.id === change.id);
      if (!standard) {
        return [
          errorAt(
            release,
            ['changes', index, 'id'],
            `"${change.id}" was retired but its file is gone`,
            `keep standards/<domain>/${change.id}.yaml with status: retired so that old links keep working`,
          ),
        ];
      }
      if (standard.data.status !== 'retired') {
        return [
          errorAt(
            standard,
            ['status'],
            `${change.id} was retired in release ${release.data.version} and its ID cannot be used again`,
            'set status: retired and give this text a new ID',
          ),
        ];
      }
      return [];
    }),
  );
