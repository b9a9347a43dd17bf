import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openReaderTab, popupOutcome, resultPath } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { occurrences } from './text.ts';
import { SEED_PATH } from './seed.ts';

const TITLE = 'OpenAI and Microsoft Forge New AI Partnership, Ending Exclusive Era';
const FIRST_PARAGRAPH = 'OpenAI and Microsoft, a partnership often described as both contentious and inseparable';
/** What the reader's look becomes on a page once settings apply: theme class and text size. */
const LOOK = `({ dark: document.documentElement.classList.contains('pp-theme-dark'),
  fontSize: document.documentElement.style.getPropertyValue('--pp-font-size') })`;

describe('full-tab reader and options', () => {
  const session = useChromiumSession();
  let reader: Page;

  it('opens the article in a full tab from the popup', async () => {
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    reader = await openReaderTab(session.browser, popup);

    expect(reader.url()).toMatch(new RegExp(`^chrome-extension://${session.browser.extensionId}/reader\\.html\\?id=`));
    expect(await reader.locator('article h1').innerText()).toBe(TITLE);
    expect(occurrences(await reader.locator('article').innerText(), FIRST_PARAGRAPH)).toBe(1);
    await reader.screenshot({ path: resultPath('reader-tab') });
  });

  it('keeps option changes, applies them to the open reader at once and to the next popup', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.getByLabel('Dark', { exact: true }).check();
    await options.getByLabel('Text size').fill('22');
    await options.getByText('Saved', { exact: true }).waitFor();
    await options.reload();
    expect(await options.getByLabel('Dark', { exact: true }).isChecked()).toBe(true);
    expect(await options.getByLabel('Text size').inputValue()).toBe('22');
    await options.screenshot({ path: resultPath('options-page'), fullPage: true });

    await expect.poll(() => reader.evaluate(LOOK)).toEqual({ dark: true, fontSize: '22px' });

    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    expect(await popup.evaluate(LOOK)).toEqual({ dark: true, fontSize: '22px' });
    await popup.screenshot(resultPath('popup-seed-dark'));
    await popup.close();
  });
});
