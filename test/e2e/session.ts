import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureRoutes, type FixtureServer } from './fixture-server.ts';
import { launchExtension, type ExtensionBrowser, type LaunchOptions } from './harness.ts';

export interface ChromiumSession {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
}

/**
 * One fixture server and one Chromium with the built extension for the tests of a describe block;
 * in English unless `options.lang` says otherwise, so tests that read labels do not depend on the
 * machine's locale. `routes` are pages the fixture server answers from the test's own code.
 */
export function useChromiumSession(options: LaunchOptions = {}, routes: FixtureRoutes = {}): ChromiumSession {
  let server: FixtureServer | null = null;
  let browser: ExtensionBrowser | null = null;
  beforeAll(async () => {
    server = await startFixtureServer(routes);
    browser = await launchExtension({ lang: 'en-US', ...options });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The fixture server is not running (beforeAll has not run).');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running (beforeAll has not run).');
      return browser;
    },
  };
}
