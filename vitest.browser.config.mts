import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/e2e/support/longest-first';

// Browser tests: Debian's Chromium, driven by playwright-core, against the production build in build/.
// One build and one server are shared by every file (see support/serve-build.ts). Three files run at
// a time, each with its own browser: much of a browser test is waiting for pages, so a third worker
// fills the time two cores would otherwise spend idle. The longest files start first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/serve-build.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
  },
});
