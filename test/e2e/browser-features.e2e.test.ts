import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { popupOutcome, resultPath } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { occurrences } from './text.ts';
import { SEED_PATH, seedExpected } from './seed.ts';

const expected = seedExpected;

/** The active tab, as the browser hands it to a menu or command listener. */
const ACTIVE_TAB = `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab)`;

/**
 * Context menus and keyboard shortcuts cannot be pressed in headless Chromium. These tests fire the
 * real browser events in the service worker (`onClicked.dispatch`, `onCommand.dispatch`), so the
 * worker's own listeners run exactly as after a click or a key press; the activeTab grant a real
 * menu click or key press gives comes from a real toolbar click first.
 */
describe('shortcuts, context menu and automatic opening in Chromium', () => {
  const session = useChromiumSession();

  async function seedTabWithActiveTab(): Promise<Page> {
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    await popup.close();
    await page.bringToFront();
    return page;
  }

  async function readerFrom(fire: string): Promise<Page> {
    const opened = session.browser.context.waitForEvent('page');
    await session.browser.evaluateInWorker(fire);
    return opened;
  }

  async function expectSeedArticle(reader: Page): Promise<void> {
    await reader.waitForSelector('article h1');
    expect(reader.url()).toMatch(new RegExp(`^chrome-extension://${session.browser.extensionId}/reader\\.html\\?id=`));
    expect(await reader.locator('article h1').innerText()).toBe(expected.title);
    const text = await reader.locator('article').innerText();
    for (const paragraph of expected.paragraphs) expect(occurrences(text, paragraph)).toBe(1);
  }

  it('registers "Read in Plainpage" for pages and links when installed', async () => {
    const exists = (id: string) => `chrome.contextMenus.update(${JSON.stringify(id)}, {}).then(() => true, () => false)`;
    await expect.poll(() => session.browser.evaluateInWorker(exists('plainpage-read-page'))).toBe(true);
    await expect.poll(() => session.browser.evaluateInWorker(exists('plainpage-read-link'))).toBe(true);
    expect(await session.browser.evaluateInWorker(exists('no-such-item'))).toBe(false);
  });

  it('opens the page in a reader tab from the context menu', async () => {
    await seedTabWithActiveTab();
    const reader = await readerFrom(
      `${ACTIVE_TAB}.then((tab) => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'plainpage-read-page', pageUrl: tab.url, editable: false }, tab))`,
    );
    await expectSeedArticle(reader);
    await reader.reload();
    await expectSeedArticle(reader);
    await reader.close();
  });

  it('opens the page in a reader tab from the keyboard command', async () => {
    await seedTabWithActiveTab();
    const reader = await readerFrom(`${ACTIVE_TAB}.then((tab) => chrome.commands.onCommand.dispatch('open-reader', tab))`);
    await expectSeedArticle(reader);
    await reader.close();
  });

  it('asks for the linked site and, when the browser has not granted it, explains in the reader tab', async () => {
    const page = await session.browser.openPage(session.server.url('/e2e/no-article.html'));
    await page.bringToFront();
    const link = session.server.url(SEED_PATH);
    const reader = await readerFrom(
      `${ACTIVE_TAB}.then((tab) => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'plainpage-read-link', linkUrl: ${JSON.stringify(link)}, pageUrl: tab.url, editable: false }, tab))`,
    );
    const message = reader.locator('.pp-message');
    await message.waitFor();
    expect(await message.locator('h1').innerText()).toBe('Plainpage needs your permission');
    expect(await message.innerText()).toContain('load it from 127.0.0.1');
    expect(await message.getByRole('button').innerText()).toBe('Allow 127.0.0.1 and read');
    expect(await session.browser.evaluateInWorker(`chrome.permissions.getAll().then((p) => p.origins)`)).toEqual([]);
    await reader.screenshot({ path: resultPath('reader-link-needs-permission') });
    await reader.close();
    await page.close();
  });

  it('offers to open by itself on the site from the popup, with nothing granted until asked', async () => {
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    const toggle = (await popup.evaluate(`(() => {
      const label = document.querySelector('.pp-auto-open');
      return { text: label?.innerText, checked: label?.querySelector('input')?.checked };
    })()`)) as { text: string; checked: boolean };
    expect(toggle).toEqual({ text: 'Always open on 127.0.0.1', checked: false });
    await popup.close();
  });

  it('shows the shortcuts the browser has and opens its shortcut settings', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    const list = options.locator('.pp-shortcut-list');
    await list.waitFor();
    const commands = await options.evaluate<{ name: string; shortcut: string }[]>(`chrome.commands.getAll()`);
    const shown = await list.locator('li').allInnerTexts();
    const names: Record<string, string> = { _execute_action: 'Open the Plainpage popup', 'open-reader': 'Open the page in a reader tab' };
    expect(shown).toEqual(commands.map((command) => `${names[command.name] ?? ''}\n${command.shortcut || 'Not set'}`));
    expect(await options.getByText('No site opens automatically.').isVisible()).toBe(true);

    const opened = session.browser.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Change shortcuts…' }).click();
    const shortcuts = await opened;
    await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
    await shortcuts.close();
    await options.close();
  });
});
