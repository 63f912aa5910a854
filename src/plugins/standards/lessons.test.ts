import type { AllContent } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { lessonsByStandard } from './lessons';

const doc = (id: string, title: string, standards?: string[]) => ({ id, title, permalink: `/${id}`, frontMatter: standards ? { standards } : {} });

describe('lessonsByStandard', () => {
  it('links each standard to the lessons of the current docs version that teach it', () => {
    const allContent = {
      'docusaurus-plugin-content-docs': {
        default: {
          loadedVersions: [
            {
              isLast: true,
              docs: [
                doc('curricula/b/two', 'Two', ['GOV-01']),
                doc('curricula/a/one', 'One', ['GOV-01', 'FIN-01']),
                doc('guides/using', 'A guide that names a standard', ['GOV-01']),
                doc('curricula/a/index', 'Overview'),
              ],
            },
          ],
        },
      },
    } as unknown as AllContent;
    const links = lessonsByStandard(allContent);
    expect(links.get('GOV-01')?.map((lesson) => lesson.id)).toEqual(['curricula/a/one', 'curricula/b/two']);
    expect(links.get('FIN-01')).toEqual([{ id: 'curricula/a/one', title: 'One', permalink: '/curricula/a/one' }]);
    expect(links.size).toBe(2);
  });

  it('gives nothing when the docs plugin loaded nothing', () => {
    expect(lessonsByStandard({} as AllContent).size).toBe(0);
  });
});
