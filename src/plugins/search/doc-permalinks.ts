/** The address the docs plugin gave each doc page, by the page's file relative to the content root. */
import path from 'node:path';
import type { AllContent } from '@docusaurus/types';

interface LoadedDocs {
  loadedVersions?: Array<{ docs: Array<{ source: string; permalink: string }> }>;
}

export function docPermalinks(allContent: AllContent, contentRoot: string, siteDir: string): Map<string, string> {
  const content = allContent['docusaurus-plugin-content-docs']?.default as LoadedDocs | undefined;
  const byFile = new Map<string, string>();
  for (const version of content?.loadedVersions ?? []) {
    for (const doc of version.docs) {
      // Sources are written as @site/<path below the site folder>.
      const file = path
        .relative(contentRoot, path.join(siteDir, doc.source.replace(/^@site\//, '')))
        .split(path.sep)
        .join('/');
      byFile.set(file, doc.permalink);
    }
  }
  return byFile;
}
