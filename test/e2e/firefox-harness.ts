/**
 * Drives Firefox ESR with the built extension (dist/firefox) over WebDriver BiDi and clicks the
 * toolbar button through Firefox's own action code, as in ../shared/docs/E2E.md. The test profile
 * keeps extension pages in the browser's process so the popup's DOM can be read from the window.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BidiClient } from './bidi-client.ts';
import { outcomeExpression, type PopupOutcome } from './harness.ts';

const REPO = resolve(import.meta.dirname, '../..');
export const FIREFOX_DIST = resolve(REPO, 'dist/firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'plainpage@plainpage.dev';
const ADDON_UUID = '5b0e8f0c-6a43-4d61-9b2e-3c7a1f9d2e40';

const POPUP_DOCUMENT = `document.querySelector('browser.webextension-popup-browser')?.contentDocument`;

/** Closes an open popup, as a click elsewhere would; a toolbar click on an open popup only closes it. */
const CLOSE_POPUP = `(() => {
  document.querySelector('browser.webextension-popup-browser')?.closest('panel')?.hidePopup();
  return !document.querySelector('browser.webextension-popup-browser');
})()`;

const CLICK = `(() => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ADDON_ID)});
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
  return true;
})()`;

const POPUP_PNG = `(async () => {
  const popup = document.querySelector('browser.webextension-popup-browser');
  const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
  const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas.toDataURL('image/png');
})()`;

function writeProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'plainpage-firefox-'));
  const prefs = [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: ADDON_UUID }))});`,
    'user_pref("extensions.webextensions.remote", false);',
  ];
  writeFileSync(join(profile, 'user.js'), prefs.join('\n') + '\n');
  return profile;
}

function bidiAddress(firefox: ChildProcess): Promise<string> {
  return new Promise((resolveAddress, reject) => {
    let seen = '';
    const timer = setTimeout(() => { reject(new Error('Firefox did not start WebDriver BiDi in 30 s')); }, 30_000);
    firefox.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${FIREFOX} (apt-get install firefox-esr): ${error.message}`));
    });
    firefox.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen)?.[1];
      if (found === undefined) return;
      clearTimeout(timer);
      resolveAddress(found);
    });
  });
}

async function waitFor(read: () => Promise<unknown>, what: string, timeoutMs = 30_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The first tab's browsing context and the browser window's (chrome scope). */
async function firstContexts(bidi: BidiClient): Promise<[string, string]> {
  const first = (tree: unknown) => (tree as { contexts: { context: string }[] }).contexts[0]?.context;
  const tab = first(await bidi.send('browsingContext.getTree', {}));
  const window = first(await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' }));
  if (tab === undefined || window === undefined) throw new Error('Firefox has no tab or window to drive.');
  return [tab, window];
}

/** WebDriver's codes for the keys the tests press. */
export const KEYS = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowRight: '\uE014' } as const;

/** A tab of its own, e.g. the reader tab the popup opened. */
export interface FirefoxTab {
  evaluate(expression: string): Promise<unknown>;
  /** Presses keys one after another, as the keyboard would, in this tab. */
  press(...keys: string[]): Promise<void>;
  screenshot(file: string): Promise<void>;
}

export interface FirefoxExtension {
  extensionUrl(path: string): string;
  /**
   * Shows a URL in the test tab, brings it to the front and waits for it to load (`interactive`:
   * until its document is parsed, for real pages whose subresources never finish here).
   */
  openPage(url: string, wait?: 'complete' | 'interactive'): Promise<void>;
  /** Clicks Plainpage's toolbar button and waits for what the popup shows. */
  clickToolbar(): Promise<PopupOutcome>;
  /** Evaluates an expression in the test tab's page. */
  evaluateInPage(expression: string): Promise<unknown>;
  /** Evaluates an expression in the open popup, where `document` is the popup's. */
  evaluateInPopup(expression: string): Promise<unknown>;
  /** Clicks the popup's "Open in a tab" and returns the reader tab once it shows the article. */
  openReaderFromPopup(): Promise<FirefoxTab>;
  popupScreenshot(file: string): Promise<void>;
  pageScreenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error('dist/firefox is not built: run `npm run build`.');
  const profile = writeProfile();
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access']);
  const stop = async () => {
    firefox.kill();
    if (firefox.exitCode === null) await new Promise((done) => firefox.once('exit', done));
    rmSync(profile, { recursive: true, force: true });
  };
  let bidi: BidiClient;
  let tab: string;
  let window: string;
  try {
    bidi = await BidiClient.connect(`${await bidiAddress(firefox)}/session`);
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIST } });
    [tab, window] = await firstContexts(bidi);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    extensionUrl: (path) => `moz-extension://${ADDON_UUID}/${path}`,
    async openPage(url, wait = 'complete') {
      await bidi.send('browsingContext.navigate', { context: tab, url, wait });
      await bidi.send('browsingContext.activate', { context: tab });
    },
    async clickToolbar() {
      await waitFor(() => bidi.evaluate(window, CLOSE_POPUP), 'the last popup to close');
      await bidi.evaluate(window, CLICK);
      return (await waitFor(() => bidi.evaluate(window, outcomeExpression(POPUP_DOCUMENT)), 'the popup')) as PopupOutcome;
    },
    evaluateInPage: (expression) => bidi.evaluate(tab, expression),
    evaluateInPopup: (expression) => bidi.evaluate(window, `((document) => (${expression}))(${POPUP_DOCUMENT})`),
    async openReaderFromPopup() {
      const readerUrl = `moz-extension://${ADDON_UUID}/reader.html`;
      const readerContext = async () => {
        const { contexts } = (await bidi.send('browsingContext.getTree', {})) as { contexts: { context: string; url: string }[] };
        return contexts.find((context) => context.url.startsWith(readerUrl))?.context;
      };
      await bidi.evaluate(window, `${POPUP_DOCUMENT}.querySelector('.pp-toolbar .pp-button-primary').click()`);
      const reader = (await waitFor(readerContext, 'the reader tab')) as string;
      await bidi.send('browsingContext.activate', { context: reader });
      await waitFor(() => bidi.evaluate(reader, `Boolean(document.querySelector('.pp-article'))`), 'the reader\'s article');
      return {
        evaluate: (expression) => bidi.evaluate(reader, expression),
        async press(...keys) {
          const actions = keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
          await bidi.send('input.performActions', { context: reader, actions: [{ type: 'key', id: 'keyboard', actions }] });
        },
        async screenshot(file) {
          const { data } = (await bidi.send('browsingContext.captureScreenshot', { context: reader })) as { data: string };
          writeFileSync(file, Buffer.from(data, 'base64'));
        },
      };
    },
    async popupScreenshot(file) {
      const url = (await bidi.evaluate(window, POPUP_PNG)) as string;
      writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    },
    async pageScreenshot(file) {
      const { data } = (await bidi.send('browsingContext.captureScreenshot', { context: tab, origin: 'document' })) as { data: string };
      writeFileSync(file, Buffer.from(data, 'base64'));
    },
    async close() {
      await bidi.send('session.end').catch(() => undefined);
      bidi.close();
      await stop();
    },
  };
}
