import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openReaderTab, popupOutcome, resultPath, type ExtensionBrowser } from './harness.ts';
import { lineLengthsExpression, type LineLengths } from './line-metrics.ts';
import { useChromiumSession } from './session.ts';
import { SEED_PATH } from './seed.ts';

/** Article pages in four scripts: Latin (English, German), Han (Chinese) and Arabic, right to left. */
const PAGES = {
  en: SEED_PATH,
  de: '/pages/de-lesen-sie-auch/source.html',
  zh: '/pages/zh-related-reading/source.html',
  ar: '/pages/ar-rtl-related/source.html',
} as const;

/** Readers read best at roughly 50–75 characters a line; the default aims at about 60–66. */
const COMFORTABLE = { min: 55, max: 75 };

async function setLook(browser: ExtensionBrowser, look: { contentWidth: number; font?: string }): Promise<void> {
  await browser.evaluateInWorker(`chrome.storage.sync.get('settings').then(({ settings }) =>
    chrome.storage.sync.set({ settings: { ...(settings ?? { schemaVersion: 2 }), ...${JSON.stringify(look)} } }))`);
}

const measure = async (reader: Page) => reader.evaluate<LineLengths>(lineLengthsExpression());

describe('characters per line in the full-tab reader at 1280×900', () => {
  const session = useChromiumSession();
  const readers: Partial<Record<keyof typeof PAGES, Page>> = {};

  it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])('sets %s at a comfortable line length by default', async (lang) => {
    const page = await session.browser.openPage(session.server.url(PAGES[lang]));
    const popup = await session.browser.clickToolbar(page);
    expect((await popupOutcome(popup)).kind).toBe('article');
    const reader = await openReaderTab(session.browser, popup);
    await page.close();
    readers[lang] = reader;
    const { lines, columnsMedian } = await measure(reader);
    await reader.screenshot({ path: resultPath(`line-length/${lang}-default`) });

    expect(lines.length).toBeGreaterThanOrEqual(10);
    // Columns: a Chinese character fills two, so ~33 of them make a line as long as 66 letters.
    expect(columnsMedian).toBeGreaterThanOrEqual(COMFORTABLE.min);
    expect(columnsMedian).toBeLessThanOrEqual(COMFORTABLE.max);
  });

  it.each([44, 90])('follows the column width setting (%i characters) in every script', async (characters) => {
    await setLook(session.browser, { contentWidth: characters });
    // Lines break between words, so they hold a little less than the column's width, never more.
    const near = (columns: number) => columns >= characters * 0.85 && columns <= characters + 1;
    for (const [lang, reader] of Object.entries(readers)) {
      await expect.poll(async () => (await measure(reader)).columnsMedian, { message: `${lang} at ${characters} characters` }).toSatisfy(near);
      await reader.screenshot({ path: resultPath(`line-length/${lang}-${characters}`) });
    }
  });

  it('sets the same line length in the options page\'s preview', async () => {
    // In a monospaced font a character is 0.6em wide, far from the half em a column takes unmeasured.
    await setLook(session.browser, { contentWidth: 50, font: 'monospace' });
    const options = await session.browser.openExtensionPage('options.html');
    await options.locator('.pp-preview .pp-article').waitFor();
    const { lines, columnsMedian } = await options.evaluate<LineLengths>(lineLengthsExpression('.pp-preview .pp-article'));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(columnsMedian).toBeGreaterThanOrEqual(50 * 0.85);
    expect(columnsMedian).toBeLessThanOrEqual(51);
    await options.close();
  });
});
