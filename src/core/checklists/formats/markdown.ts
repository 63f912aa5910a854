/** Markdown: a task list per group, each item linked to its standard. */
import { md, writeMarkdown } from '../../markdown-writer';
import type { ChecklistDocument } from '../document';
import { versionLine } from './common';

export function checklistMarkdown(document: ChecklistDocument): string {
  return writeMarkdown([
    md.heading(1, document.title),
    md.paragraph(document.purpose),
    md.paragraph(md.emphasis(`${versionLine(document)}. ${document.labels.source}`)),
    md.paragraph(md.autolink(document.url)),
    ...document.groups.flatMap((group) => [
      md.heading(2, group.title),
      md.list(group.items.map((item) => md.item([md.strong(md.link(item.url, item.id), ` ${item.title}`), `: ${item.statement}`], false))),
    ]),
  ]);
}
