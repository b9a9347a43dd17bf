import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { popupOutcome, resultPath } from './harness.ts';
import { useChromiumSession } from './session.ts';

const PROGRESS = `Number(document.querySelector('.pp-progress')?.getAttribute('aria-valuenow'))`;
/** The reader's look as the browser computes it. */
const COMPUTED = `(() => {
  const article = getComputedStyle(document.querySelector('.pp-article'));
  return {
    background: getComputedStyle(document.documentElement).backgroundColor,
    text: article.color,
    letterSpacing: article.letterSpacing,
    wordSpacing: article.wordSpacing,
    font: article.fontFamily,
  };
})()`;

describe('reader features in the full-tab reader', () => {
  const session = useChromiumSession();
  let reader: Page;

  it('shows reading progress that follows the scroll', async () => {
    const page = await session.browser.openPage(session.server.url('/shared/seed-news-page.html'));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    const opened = session.browser.context.waitForEvent('page');
    await popup.evaluate(`document.querySelector('.pp-toolbar .pp-button-primary').click()`);
    reader = await opened;
    await reader.waitForSelector('article');
    await page.close();

    await expect.poll(() => reader.evaluate(PROGRESS)).toBe(0);
    await reader.evaluate('window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)');
    await expect.poll(() => reader.evaluate(PROGRESS)).toBeGreaterThan(20);
    expect(await reader.evaluate(PROGRESS)).toBeLessThan(80);
    await reader.screenshot({ path: resultPath('reader-progress') });
    await reader.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await expect.poll(() => reader.evaluate(PROGRESS)).toBe(100);
    await reader.evaluate('window.scrollTo(0, 0)');
  });

  it('applies the high-contrast theme, spacing and the bundled dyslexia font from the options page', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.getByLabel('High contrast', { exact: true }).check();
    await options.getByLabel('Font', { exact: true }).selectOption('dyslexic');
    await options.getByLabel('Letter spacing').fill('0.05');
    await options.getByLabel('Word spacing').fill('0.16');
    await options.getByText('Saved', { exact: true }).waitFor();
    await options.screenshot({ path: resultPath('options-reading-aids'), fullPage: true });
    await options.close();

    await expect.poll(() => reader.evaluate(COMPUTED)).toMatchObject({ background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' });
    const look = await reader.evaluate<Record<'letterSpacing' | 'wordSpacing' | 'font', string>>(COMPUTED);
    // 18 px text: 0.05 em and 0.16 em of extra space.
    expect(parseFloat(look.letterSpacing)).toBeCloseTo(0.9, 1);
    expect(parseFloat(look.wordSpacing)).toBeCloseTo(2.88, 1);
    expect(look.font).toMatch(/^OpenDyslexic,/);
    const loaded = await reader.evaluate(`document.fonts.load('18px OpenDyslexic').then((faces) => faces.map((f) => f.status))`);
    expect(loaded).toEqual(['loaded']);
    await reader.screenshot({ path: resultPath('reader-high-contrast-dyslexic') });
  });
});
