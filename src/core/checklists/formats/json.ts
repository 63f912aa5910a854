/** JSON, validated by the published schema checklist-export.schema.json. */
import type { ChecklistDocument } from '../document';

export function checklistJson(document: ChecklistDocument, schemaUrl: string): string {
  const data = {
    $schema: schemaUrl,
    id: document.id,
    language: document.language,
    title: document.title,
    purpose: document.purpose,
    edition: document.edition,
    version: document.version,
    released: document.date ?? null,
    url: document.url,
    groups: document.groups.map((group) => ({
      title: group.title,
      items: group.items.map(({ id, title, statement, level, stages, url }) => ({ id, title, statement, level, stages, url })),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
