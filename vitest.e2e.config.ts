import { defineConfig } from 'vitest/config';

/** Real-browser tests: one worker (one Chromium at a time on a small machine), generous timeouts. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
    // Node 20 has WebSocket (for Firefox's WebDriver BiDi) behind a flag; later versions accept it.
    execArgv: ['--experimental-websocket', '--no-warnings=ExperimentalWarning'],
  },
});
