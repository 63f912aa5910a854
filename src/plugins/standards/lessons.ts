/**
 * Finds the lessons that teach each standard, with their permalinks, from what the docs plugin loaded.
 * The docs plugin knows the real permalink of every page; the front matter says which standards it
 * teaches (validated by the core loader before this runs).
 */
import type { AllContent } from '@docusaurus/types';
import type { LinkView } from '../../core/views';

interface LoadedDoc {
  id: string;
  title: string;
  permalink: string;
  frontMatter: { standards?: unknown };
}

interface LoadedDocsContent {
  loadedVersions?: Array<{ isLast?: boolean; docs: LoadedDoc[] }>;
}

export function lessonsByStandard(allContent: AllContent): Map<string, LinkView[]> {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedDocsContent | undefined;
  const current = docs?.loadedVersions?.find((version) => version.isLast) ?? docs?.loadedVersions?.[0];
  const byStandard = new Map<string, LinkView[]>();
  for (const doc of current?.docs ?? []) {
    if (!doc.id.startsWith('curricula/') || !Array.isArray(doc.frontMatter.standards)) continue;
    for (const id of doc.frontMatter.standards as string[]) {
      const list = byStandard.get(id) ?? [];
      list.push({ id: doc.id, title: doc.title, permalink: doc.permalink });
      byStandard.set(id, list);
    }
  }
  for (const list of byStandard.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byStandard;
}
