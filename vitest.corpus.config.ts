import { defineConfig } from 'vitest/config';

/**
 * `npm run test:corpus`: every page of the public benchmark corpora (../shared/bench, or --bench-dir
 * through PLAINPAGE_BENCH_DIR) through the CLI, the popup's reading path and, for a sample, the real
 * browsers. Not part of `npm test`: a clone has no corpora.
 */
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.corpus.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 900_000,
    hookTimeout: 120_000,
    retry: 0,
    // Node 20 has WebSocket (for Firefox's WebDriver BiDi) behind a flag; later versions accept it.
    execArgv: ['--experimental-websocket', '--no-warnings=ExperimentalWarning'],
  },
});
