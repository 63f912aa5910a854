/** Pieces every checklist format shares. */
import type { ChecklistDocument, ChecklistItem } from '../document';

/** "Worker Co-op Development Standards 1.0.0, released 2026-11-26" (or "draft, not yet released"). */
export function versionLine(document: ChecklistDocument): string {
  const { labels } = document;
  const when = document.date ? `${labels.released} ${document.date}` : labels.draft;
  return `${document.edition} ${labels.version.toLowerCase()} ${document.version}, ${when}`;
}

/** Every item with the title of its group, in order. */
export function rows(document: ChecklistDocument): Array<ChecklistItem & { group: string }> {
  return document.groups.flatMap((group) => group.items.map((item) => ({ ...item, group: group.title })));
}
