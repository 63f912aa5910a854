/** The address and title the docs plugin gave each doc page, by the page's file relative to the content root. */
import path from 'node:path';
import type { AllContent } from '@docusaurus/types';
import type { DocPageAddress } from '../../core/search/records';

interface LoadedDocs {
  loadedVersions?: Array<{ docs: Array<{ source: string; permalink: string; title: string }> }>;
}

export function docPagesByFile(allContent: AllContent, contentRoot: string, siteDir: string): Map<string, DocPageAddress> {
  const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedDocs | undefined;
  const byFile = new Map<string, DocPageAddress>();
  for (const version of content?.loadedVersions ?? []) {
    for (const doc of version.docs) {
      // Sources are written as @site/<path below the site folder>.
      const file = path
        .relative(contentRoot, path.join(siteDir, doc.source.replace(/^@site\//, '')))
        .split(path.sep)
        .join('/');
      byFile.set(file, { permalink: doc.permalink, title: doc.title });
    }
  }
  return byFile;
}
