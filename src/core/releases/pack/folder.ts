/**
 * A pack as its folder holds it: the release pack, its SHA256SUMS and its index page. Made for the draft
 * on every build, and for a release once, when it is cut (see ../archived-packs.ts).
 */
import { sha256sums } from '../../checklists/downloads';
import type { ChecklistOptions } from '../../checklists/document';
import type { Library } from '../../model';
import { buildReleasePack } from './index';
import { packIndexPage } from './index-page';

export async function buildPackFolder(library: Library, options: ChecklistOptions): Promise<Map<string, Buffer>> {
  const files = await buildReleasePack(library, options);
  files.set('SHA256SUMS', Buffer.from(sha256sums(files), 'utf8'));
  files.set('index.html', Buffer.from(packIndexPage(library.meta.name, library.meta.version, files), 'utf8'));
  return files;
}
