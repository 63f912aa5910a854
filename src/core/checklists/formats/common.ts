/** Pieces every checklist format shares. */
import type { ChecklistDocument, ChecklistItem } from '../document';

/** What a version line is made of; a checklist has it, and so has a whole edition. */
export type VersionLineParts = Pick<ChecklistDocument, 'edition' | 'version' | 'date'> & {
  labels: Pick<ChecklistDocument['labels'], 'version' | 'released' | 'draft'>;
};

/** "Worker Co-op Development Standards 1.0.0, released 2026-11-26" (or "draft, not yet released"). */
export function versionLine(document: VersionLineParts): string {
  const { labels } = document;
  const when = document.date ? `${labels.released} ${document.date}` : labels.draft;
  return `${document.edition} ${labels.version.toLowerCase()} ${document.version}, ${when}`;
}

/** Every item with the title of its group, in order. */
export function rows(document: ChecklistDocument): Array<ChecklistItem & { group: string }> {
  return document.groups.flatMap((group) => group.items.map((item) => ({ ...item, group: group.title })));
}
