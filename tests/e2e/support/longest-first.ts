/**
 * The order the browser test files start in. Vitest starts the largest files first when it has no
 * timings from an earlier run (a fresh clone), but the files that visit every page template in both
 * languages are short to read and long to run; started last, they leave one worker running alone at the
 * end. They start first here, so that the workers finish close together.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files, longest first. */
const LONGEST = ['csp.e2e.ts', 'accessibility.e2e.ts', 'curricula.e2e.ts'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return index === -1 ? LONGEST.length : index;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
