/**
 * Rules of releases: each release file lists exactly what changed since the release before it, each
 * snapshot has its release file, and a released version's standards are not edited afterwards.
 */
import { WHOLE_FILE, type ContentError } from '../errors';
import { compareVersions, type StandardRecord } from '../model';
import { checkReleaseNotes } from '../releases/check-notes';
import { changedFields, diffStandards } from '../releases/diff';
import { snapshotFile } from '../releases/snapshot';
import { errorAt, type Rule, type RuleContext } from './context';

/** The working tree's standards as records, to compare with a snapshot. */
function workingStandards(context: RuleContext): StandardRecord[] {
  return context.standards.map((record) => ({ ...record.data, file: record.file.file }));
}

export const releaseNotesMatchTheData: Rule = (context) => {
  const current = context.library?.data.version;
  const snapshots = context.snapshots;
  return context.releases.flatMap((release) => {
    const version = release.data.version;
    const index = snapshots.findIndex((snapshot) => snapshot.version === version);
    if (index >= 0) {
      const previous = snapshots[index - 1];
      return checkReleaseNotes(release, diffStandards(previous?.standards ?? [], snapshots[index]!.standards), previous?.version);
    }
    if (version !== current) {
      if (current && compareVersions(version, current) > 0) return []; // reported by versionsAreNotInTheFuture
      return [
        errorAt(
          release,
          ['version'],
          `release ${version} has no snapshot (${snapshotFile(version)})`,
          `cut it with \`npm run release:cut -- ${version}\`, or remove this file if the release never happened`,
        ),
      ];
    }
    // The release being prepared: compare the files being edited with the newest release.
    const newest = snapshots.at(-1);
    if (newest && compareVersions(newest.version, version) > 0) return [];
    return checkReleaseNotes(release, diffStandards(newest?.standards ?? [], workingStandards(context)), newest?.version);
  });
};

/** A translated note belongs to a change the release lists. */
export const translatedNotesNameListedChanges: Rule = (context) =>
  context.releases.flatMap((release) =>
    Object.entries(release.data.translations ?? {}).flatMap(([language, translation]) =>
      Object.keys(translation?.notes ?? {})
        .filter((id) => !release.data.changes.some((change) => change.id === id))
        .map((id) =>
          errorAt(release, ['translations', language, 'notes', id], `${id} has a translated note but is not listed in changes`, `remove it, or list ${id} in changes`, 'key'),
        ),
    ),
  );

export const snapshotsHaveReleaseNotes: Rule = (context) =>
  context.snapshots
    .filter((snapshot) => !context.releaseFileVersions.has(snapshot.version))
    .map((snapshot) => ({
      file: snapshotFile(snapshot.version),
      position: { line: 1, column: 1 },
      field: WHOLE_FILE,
      message: `release ${snapshot.version} has no release file`,
      fix: `add standards/releases/${snapshot.version}.yaml with its date, summary and changes`,
    }));

/**
 * Once a version is released, its text is what people cite. While library.yaml names a released
 * version, the standards must stay as that release froze them; changes go into the next version.
 */
export const releasedStandardsStayFrozen: Rule = (context) => {
  const current = context.library?.data.version;
  const frozen = context.snapshots.find((snapshot) => snapshot.version === current);
  if (!frozen || !context.library) return [];
  const fix = `to change a released standard, set version in standards/library.yaml to the next release (e.g. ${nextVersion(frozen.version)}) and list the change in standards/releases/${nextVersion(frozen.version)}.yaml`;
  const errors: ContentError[] = [];
  const released = new Map(frozen.standards.map((standard) => [standard.id, standard]));
  for (const record of context.standards) {
    const before = released.get(record.data.id);
    if (!before) {
      errors.push(errorAt(record, ['id'], `${record.data.id} is not part of release ${frozen.version}, which is already published`, fix));
      continue;
    }
    const fields = changedFields(before, { ...record.data, file: record.file.file });
    if (fields.length > 0)
      errors.push(
        errorAt(record, [fields[0]!], `${fields.join(', ')} ${fields.length === 1 ? 'differs' : 'differ'} from release ${frozen.version}, which is already published`, fix, 'key'),
      );
  }
  const present = new Set(context.standards.map((record) => record.data.id));
  for (const standard of frozen.standards) {
    if (!present.has(standard.id) && !context.standardFileIds.has(standard.id)) {
      errors.push(
        errorAt(
          context.library,
          ['version'],
          `${standard.file} is missing, but it is part of release ${frozen.version}`,
          'restore the file; a released standard is retired, never deleted',
        ),
      );
    }
  }
  return errors;
};

function nextVersion(version: string): string {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}
