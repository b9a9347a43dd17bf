import { defineConfig } from 'vitest/config';

/** Unit and fixture tests (Node, jsdom). Real-browser tests: vitest.e2e.config.ts; corpus checks: vitest.corpus.config.ts. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/corpus/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
