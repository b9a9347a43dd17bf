/**
 * Drives Debian's Chromium with the built extension (dist/chrome) and a real toolbar click, as in
 * ../shared/docs/E2E.md: DevTools' Extensions.triggerAction is the user gesture that grants activeTab.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { isCspViolation, TargetSession } from './target-session.ts';

const REPO = resolve(import.meta.dirname, '../..');
export const DIST = resolve(REPO, 'dist/chrome');
export const RESULTS = resolve(REPO, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where a screenshot goes: test-results/<name>.png (<name> may hold a folder; it is made if needed). */
export function resultPath(name: string): string {
  const file = join(RESULTS, `${name}.png`);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/** The action popup, opened by a toolbar click; Playwright does not list it among the pages. */
export type Popup = TargetSession;

/** What the popup settled on: the article, or a message (no article, restricted, error). */
export interface PopupOutcome {
  kind: 'article' | 'message';
  /** The <article>'s title (h1) or the message's title. */
  title: string;
  /** The visible text of the article or the message. */
  text: string;
}

/**
 * An expression giving the PopupOutcome shown in `doc` (an expression for a Document), or null.
 * An article still marked busy (a large page's opening, while the rest is read) is not one yet.
 */
export function outcomeExpression(doc: string): string {
  return `((doc) => {
    const article = doc?.querySelector('article');
    if (article && doc.querySelector('[aria-busy="true"]')) return null;
    if (article) return { kind: 'article', title: article.querySelector('h1')?.innerText ?? '', text: article.innerText };
    const message = doc?.querySelector('.pp-message');
    if (message) return { kind: 'message', title: message.querySelector('h1')?.innerText ?? '', text: message.innerText };
    return null;
  })(${doc})`;
}

/** What the popup settled on; fails when the popup broke its own Content Security Policy on the way. */
export async function popupOutcome(popup: Popup, timeoutMs = 30_000): Promise<PopupOutcome> {
  const outcome = (await popup.waitFor(outcomeExpression('document'), timeoutMs)) as PopupOutcome;
  if (popup.cspViolations.length > 0) throw new Error(`The popup violated its Content Security Policy:\n${popup.cspViolations.join('\n')}`);
  return outcome;
}

/** Clicks the popup's "Open in full tab" and waits for the reader tab's article. */
export async function openReaderTab(browser: ExtensionBrowser, popup: Popup): Promise<Page> {
  const opened = browser.context.waitForEvent('page');
  await popup.evaluate(`document.querySelector('.pp-toolbar .pp-button-primary').click()`);
  const reader = await opened;
  await reader.waitForSelector('.pp-article');
  return reader;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens a URL in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** Opens one of the extension's pages (e.g. 'options.html') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Evaluates an expression in the extension's service worker (where its listeners live). */
  evaluateInWorker(expression: string): Promise<unknown>;
  /**
   * Brings the page's tab to the front and clicks the toolbar button for it. `tabUrl` is the
   * address the tab shows, when it is not the page's (a `view-source:` tab).
   */
  clickToolbar(page: Page, tabUrl?: string): Promise<Popup>;
  close(): Promise<void>;
}

/** The extension's id: the host of its service worker, found by Playwright or among the DevTools targets. */
async function extensionIdOf(context: BrowserContext, cdp: CDPSession): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const known = context.serviceWorkers()[0]?.url();
    const [listed] = known === undefined ? await workerUrls(cdp) : [known];
    if (listed !== undefined) return new URL(listed).host;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The extension did not start: no service worker after 30 s. Is dist/chrome built and valid?');
}

async function workerUrls(cdp: CDPSession): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos
    .filter((info) => info.type === 'service_worker' && info.url.startsWith('chrome-extension://'))
    .map((info) => info.url);
}

async function targetIds(cdp: CDPSession, type: string, url: (value: string) => boolean): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type }] });
  return targetInfos.filter((info) => url(info.url)).map((info) => info.targetId);
}

async function newPopupTarget(cdp: CDPSession, prefix: string, before: readonly string[]): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const fresh = (await targetIds(cdp, 'page', (url) => url.startsWith(prefix))).find((id) => !before.includes(id));
    if (fresh !== undefined) return fresh;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('The popup did not open after the toolbar click.');
}

export interface LaunchOptions {
  headless?: boolean;
  /** Go on Chromium's command line after the extension's. */
  extraArgs?: string[];
  /**
   * The browser's UI language (Chromium's locale code, e.g. `de`, `zh-CN`, `ar`); the machine's
   * when left out. Debian's Chromium needs the chromium-l10n package for any language but English.
   */
  lang?: string;
  /** The unpacked extension to load; dist/chrome when left out. */
  extensionDir?: string;
}

/** Launches Chromium with a fresh profile and dist/chrome loaded; headless unless told otherwise. */
export async function launchExtension({ headless = true, extraArgs = [], lang, extensionDir = DIST }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is not built: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'plainpage-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--enable-unsafe-extension-debugging', ...(lang === undefined ? [] : [`--lang=${lang}`]), ...extraArgs],
    ...(lang === undefined ? {} : { locale: lang }),
  });
  let cdp: CDPSession;
  let extensionId: string;
  try {
    const browser = context.browser();
    if (!browser) throw new Error('A persistent context has no browser to talk to.');
    cdp = await browser.newBrowserCDPSession();
    extensionId = await extensionIdOf(context, cdp);
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const popupPrefix = `chrome-extension://${extensionId}/popup.html`;
  // Extension pages opened as tabs (reader, options) report their policy violations on the console.
  const cspViolations: string[] = [];
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (page.url().startsWith(`chrome-extension://${extensionId}/`) && isCspViolation(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
    });
  });

  return {
    context,
    extensionId,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async evaluateInWorker(expression) {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate(expression);
    },
    async clickToolbar(page, tabUrl = page.url()) {
      await page.bringToFront();
      const [tabTarget] = await targetIds(cdp, 'tab', (url) => url === tabUrl);
      if (tabTarget === undefined) throw new Error(`No tab target shows ${tabUrl}`);
      const before = await targetIds(cdp, 'page', (url) => url.startsWith(popupPrefix));
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabTarget });
      const targetId = await newPopupTarget(cdp, popupPrefix, before);
      const popup = await TargetSession.attach(cdp, targetId);
      await popup.watchCsp();
      return popup;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (cspViolations.length > 0) throw new Error(`An extension page violated its Content Security Policy:\n${cspViolations.join('\n')}`);
    },
  };
}
