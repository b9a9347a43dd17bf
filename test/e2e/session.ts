import { afterAll, beforeAll } from 'vitest';
import { launchFirefoxExtension, type FirefoxExtension } from './firefox-harness.ts';
import { startFixtureServer, type ExtraRoute, type FixtureServer } from './fixture-server.ts';
import { launchExtension, type ExtensionBrowser, type LaunchOptions } from './harness.ts';

/** A fixture server and a browser with the built extension, shared by the tests of a describe block. */
export interface Session<Browser> {
  readonly server: FixtureServer;
  readonly browser: Browser;
}

export type ChromiumSession = Session<ExtensionBrowser>;

export interface SessionOptions extends LaunchOptions {
  /** Answers requests the fixture folders do not (see startFixtureServer). */
  serve?: ExtraRoute;
}

/** What beforeAll started, once it has. */
function running<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is not running (beforeAll has not run).`);
  return value;
}

function useSession<Browser extends { close(): Promise<void> }>(name: string, launch: () => Promise<Browser>, serve?: ExtraRoute): Session<Browser> {
  let server: FixtureServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    server = await startFixtureServer(serve);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return running(server, 'The fixture server');
    },
    get browser() {
      return running(browser, name);
    },
  };
}

/**
 * One fixture server and one Chromium with the built extension for the tests of a describe block;
 * in English unless `options.lang` says otherwise, so tests that read labels do not depend on the
 * machine's locale.
 */
export function useChromiumSession({ serve, ...options }: SessionOptions = {}): ChromiumSession {
  return useSession('Chromium', () => launchExtension({ lang: 'en-US', ...options }), serve);
}

/** One fixture server and one Firefox with the built extension for the tests of a describe block. */
export function useFirefoxSession(serve?: ExtraRoute): Session<FirefoxExtension> {
  return useSession('Firefox', launchFirefoxExtension, serve);
}
