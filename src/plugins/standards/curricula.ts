/**
 * The curricula as the docs plugin loaded them in the current language: each curriculum's lessons in
 * order, with their minutes, standards, permalinks and source files (for the printable view).
 */
import type { AllContent } from '@docusaurus/types';

export interface CurriculumLesson {
  id: string;
  title: string;
  permalink: string;
  /** The MDX file, as a module path such as @site/docs/curricula/x/01-y.mdx. */
  source: string;
  teaching: number;
  activity: number;
  standards: string[];
  audience: string[];
}

export interface CurriculumSummary {
  /** The curriculum's folder, e.g. developer-fundamentals. */
  id: string;
  title: string;
  permalink: string;
  /** All lessons on one page, for printing. */
  printPermalink: string;
  lessons: CurriculumLesson[];
}

interface LoadedDoc {
  id: string;
  title: string;
  permalink: string;
  source: string;
  sidebarPosition?: number;
  frontMatter: { duration?: { teaching: number; activity: number }; standards?: string[]; audience?: string[] };
}

export function curriculaFromDocs(allContent: AllContent): CurriculumSummary[] {
  const content = allContent['docusaurus-plugin-content-docs']?.default as { loadedVersions?: Array<{ isLast?: boolean; docs: LoadedDoc[] }> } | undefined;
  const docs = (content?.loadedVersions?.find((version) => version.isLast) ?? content?.loadedVersions?.[0])?.docs ?? [];
  const overviews = docs.filter((doc) => /^curricula\/[^/]+\/index$/.test(doc.id));
  return overviews
    .map((overview) => {
      const folder = overview.id.split('/')[1]!;
      const lessons = docs
        .filter((doc) => doc.id.startsWith(`curricula/${folder}/`) && doc !== overview && doc.frontMatter.duration)
        .sort((a, b) => (a.sidebarPosition ?? 0) - (b.sidebarPosition ?? 0) || (a.source < b.source ? -1 : 1))
        .map((doc) => ({
          id: doc.id,
          title: doc.title,
          permalink: doc.permalink,
          source: doc.source,
          teaching: doc.frontMatter.duration!.teaching,
          activity: doc.frontMatter.duration!.activity,
          standards: [...(doc.frontMatter.standards ?? [])],
          audience: [...(doc.frontMatter.audience ?? [])],
        }));
      const printPermalink = `${overview.permalink.replace(/\/$/, '')}/print`;
      return { id: folder, title: overview.title, permalink: overview.permalink, printPermalink, lessons };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
