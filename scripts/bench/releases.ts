/**
 * What releases cost the build: the site as it is (every release), the same site with its newest
 * release not yet cut, and a preview build of the current docs only (LIBRARY_VERSIONS=newest).
 * Each build starts cold. The copy without the newest release lives in .bench/ and shares node_modules.
 */
import path from 'node:path';
import type { Library } from '../../src/core/model';
import type { Measurement } from './measure';
import { copySite, uncut, type BuildTimer } from './site-copy';

export type { BuildTimer } from './site-copy';

export interface ReleaseBuilds {
  releases: string[];
  all: Measurement;
  oneFewer: Measurement;
  preview: Measurement;
}

export async function benchReleases(root: string, library: Library, all: Measurement, time: BuildTimer): Promise<ReleaseBuilds> {
  const releases = library.snapshots.map((snapshot) => snapshot.version);
  const newest = releases.at(-1);
  const bench = path.join(root, '.bench');
  if (!newest) throw new Error('The library has no release yet: cut one with npm run release:cut first.');

  console.log(`Building the site without release ${newest} (as it was before that release was cut)...`);
  const copy = copySite(root, path.join(bench, 'one-release-fewer'));
  uncut(copy, newest, library.meta.languages.slice(1));
  const oneFewer = await time(copy, path.join(bench, 'one-release-fewer-build'));
  console.log(`  ${oneFewer.seconds.toFixed(1)} s`);

  console.log('Building a preview of the current docs only (LIBRARY_VERSIONS=newest)...');
  const preview = await time(root, path.join(bench, 'preview-build'), { LIBRARY_VERSIONS: 'newest' });
  console.log(`  ${preview.seconds.toFixed(1)} s`);
  return { releases, all, oneFewer, preview };
}

export function printReleaseReport(result: ReleaseBuilds): void {
  const { releases, all, oneFewer, preview } = result;
  console.log(`\nReleases: ${releases.join(', ')}`);
  console.log(['build', 'wall time (s)', 'ratio'].join('\t'));
  console.log([`with ${releases.length - 1} release${releases.length === 2 ? '' : 's'}`, oneFewer.seconds.toFixed(1), '1.000x'].join('\t'));
  console.log([`with ${releases.length} releases`, all.seconds.toFixed(1), `${(all.seconds / oneFewer.seconds).toFixed(3)}x`].join('\t'));
  console.log(['preview (current docs only)', preview.seconds.toFixed(1), `${(preview.seconds / oneFewer.seconds).toFixed(3)}x`].join('\t'));
}
