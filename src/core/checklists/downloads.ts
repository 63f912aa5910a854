/**
 * Every checklist download of a library: each profile, in each language, in six formats. The files are
 * returned, not written, so that a build writes them only once all of them exist.
 */
import { createHash } from 'node:crypto';
import type { Library } from '../model';
import { buildChecklist, type ChecklistOptions } from './document';
import { checklistCsv } from './formats/csv';
import { checklistDocx } from './formats/docx';
import { checklistJson } from './formats/json';
import { checklistMarkdown } from './formats/markdown';
import { checklistPdf } from './formats/pdf';
import { checklistXlsx } from './formats/xlsx';

export const CHECKLIST_FORMATS = ['xlsx', 'docx', 'pdf', 'csv', 'md', 'json'] as const;
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

/** Paths relative to /downloads/<version>/, e.g. checklists/lender-due-diligence.es.xlsx, sorted. */
export async function buildChecklistDownloads(library: Library, options: ChecklistOptions): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const schemaUrl = `${options.siteUrl}/schemas/checklist-export.schema.json`;
  for (const profile of library.checklists) {
    for (const language of library.meta.languages) {
      const document = buildChecklist(library, profile, language, options);
      const base = `checklists/${profile.id}.${language}`;
      const written: Record<ChecklistFormat, Buffer> = {
        xlsx: await checklistXlsx(document),
        docx: await checklistDocx(document),
        pdf: await checklistPdf(document),
        csv: Buffer.from(checklistCsv(document), 'utf8'),
        md: Buffer.from(checklistMarkdown(document), 'utf8'),
        json: Buffer.from(checklistJson(document, schemaUrl), 'utf8'),
      };
      for (const format of CHECKLIST_FORMATS) files.set(`${base}.${format}`, written[format]);
    }
  }
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A SHA256SUMS file in the format of sha256sum: "<hash>  <path>" per line. */
export function sha256sums(files: ReadonlyMap<string, Buffer>): string {
  return [...files.entries()].map(([name, content]) => `${createHash('sha256').update(content).digest('hex')}  ${name}\n`).join('');
}
