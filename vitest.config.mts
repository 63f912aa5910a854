import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they prove; integration tests load real fixture libraries.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
