import { defineConfig } from 'vitest/config';

/** Unit and fixture tests (Node, jsdom). Real-browser tests live in vitest.e2e.config.ts. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
