/** Markdown: a task list per group, each item linked to its standard. */
import type { ChecklistDocument } from '../document';
import { versionLine } from './common';

export function checklistMarkdown(document: ChecklistDocument): string {
  const lines = [`# ${document.title}`, '', document.purpose, '', `_${versionLine(document)}. ${document.labels.source}_`, '', `<${document.url}>`, ''];
  for (const group of document.groups) {
    lines.push(`## ${group.title}`, '');
    for (const item of group.items) lines.push(`- [ ] **[${item.id}](${item.url}) ${item.title}**: ${item.statement}`);
    lines.push('');
  }
  return lines.join('\n');
}
