/**
 * A release pack: the files of /downloads/<version>/, built in memory from one library, so that a
 * build writes them only once all of them exist. The library is the current one, or one rebuilt from
 * a release snapshot with libraryFromSnapshot. The SHA256SUMS of the folder is sha256sums(pack).
 */
import type { ChecklistOptions } from '../../checklists/document';
import { buildChecklistDownloads } from '../../checklists/downloads';
import type { Library } from '../../model';
import { isReleased } from '../snapshot';
import { buildEdition } from './edition';
import { editionPdf } from './edition-pdf';
import { standardsCsv } from './standards-csv';
import { standardsJson } from './standards-json';
import { standardsXlsx } from './standards-xlsx';

export { standardsSchemaUrl } from './standards-json';

/** Paths relative to the version's folder (standards.json, edition.es.pdf, checklists/…), sorted. */
export async function buildReleasePack(library: Library, packOptions: ChecklistOptions): Promise<Map<string, Buffer>> {
  // A released edition's files link to that release's pages, never to text that changes later.
  const options = { ...packOptions, release: isReleased(library) ? library.meta.version : undefined };
  const editions = library.meta.languages.map((language) => buildEdition(library, language, options));
  const files = new Map<string, Buffer>([
    ['standards.json', Buffer.from(standardsJson(library, options), 'utf8')],
    ['standards.xlsx', await standardsXlsx(editions)],
  ]);
  for (const edition of editions) {
    files.set(`standards.${edition.language}.csv`, Buffer.from(standardsCsv(edition), 'utf8'));
    files.set(`edition.${edition.language}.pdf`, await editionPdf(edition));
  }
  for (const [name, content] of await buildChecklistDownloads(library, options)) files.set(name, content);
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
