import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openReaderTab, popupOutcome, resultPath, type ExtensionBrowser, type Popup } from './harness.ts';
import { firstScreenExpression, type FirstScreen } from './line-metrics.ts';
import { useChromiumSession } from './session.ts';

const SEED = '/shared/seed-news-page.html';
const ARABIC = '/pages/ar-rtl-related/source.html';
const GERMAN = '/pages/de-lesen-sie-auch/source.html';

async function setTheme(browser: ExtensionBrowser, theme: string): Promise<void> {
  await browser.evaluateInWorker(`chrome.storage.sync.get('settings').then(({ settings }) =>
    chrome.storage.sync.set({ settings: { ...(settings ?? { schemaVersion: 2 }), theme: ${JSON.stringify(theme)} } }))`);
}

/** What stands between the bar and the article's title, and what follows the article. */
const LAYOUT = `(() => {
  const main = document.querySelector('main');
  const article = main.querySelector('article');
  const after = main.querySelector('.pp-after');
  return {
    beforeArticle: [...main.children].slice(0, [...main.children].indexOf(article)).map((node) => node.textContent),
    firstInHeader: article.querySelector('.pp-header').firstElementChild.className,
    after: after ? { dir: getComputedStyle(after).direction, text: after.innerText } : null,
  };
})()`;

/** The facts under the title, one string each. */
const FACTS = `[...document.querySelectorAll('.pp-meta .pp-fact')].map((fact) => fact.firstChild.textContent)`;

/** How often `name` shows in the window's first screen (bar and article, as rendered). */
const onFirstScreen = (name: string) => `(() => {
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.data.includes(${JSON.stringify(name)})) continue;
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.height > 0 && box.bottom > 0 && box.top < innerHeight) count += node.data.split(${JSON.stringify(name)}).length - 1;
  }
  return count;
})()`;

describe('the reader typeset: nothing above the headline, facts in the article\'s language', () => {
  const session = useChromiumSession();

  async function open(path: string): Promise<{ page: Page; popup: Popup }> {
    const page = await session.browser.openPage(session.server.url(path));
    const popup = await session.browser.clickToolbar(page);
    expect((await popupOutcome(popup)).kind).toBe('article');
    return { page, popup };
  }

  it.each(['light', 'dark'])('shows the popup with the headline first and twice the lines of the article it showed (%s)', async (theme) => {
    await setTheme(session.browser, theme);
    const { page, popup } = await open(SEED);
    const layout = (await popup.evaluate(LAYOUT)) as { beforeArticle: string[]; firstInHeader: string; after: { text: string } | null };
    expect(layout.beforeArticle).toEqual([]);
    expect(layout.firstInHeader).toBe('pp-title');
    expect(layout.after?.text).toMatch(/^Removed \d+ blocks/);
    expect(await popup.evaluate(`document.querySelector('.pp-popup-header').innerText`)).not.toMatch(/Removed|Always open/);
    const screen = (await popup.evaluate(firstScreenExpression('.pp-popup-header'))) as FirstScreen;
    await popup.screenshot(resultPath(`typesetting/popup-seed-${theme}`));
    // Five lines of the body showed under the removals note, the kicker and the headline before.
    expect(screen.bodyLines).toBeGreaterThanOrEqual(10);
    await popup.close();
    await page.close();
  });

  it('sets a right-to-left article\'s facts in Arabic, names its site once, and lines up what follows with it', async () => {
    await setTheme(session.browser, 'light');
    const { page, popup } = await open(ARABIC);
    const facts = (await popup.evaluate(FACTS)) as string[];
    expect(facts[0]).toBe('أخبار الواحة');
    expect(facts.join(' ')).not.toMatch(/[A-Za-z]/);
    await popup.screenshot(resultPath('typesetting/popup-arabic'));
    const reader = await openReaderTab(session.browser, popup);
    await page.close();
    expect(await reader.evaluate(FACTS)).toEqual(facts);
    expect(await reader.evaluate(onFirstScreen('أخبار الواحة'))).toBe(1);
    const layout = await reader.evaluate<{ beforeArticle: string[]; after: { dir: string; text: string } }>(LAYOUT);
    expect(layout.beforeArticle).toEqual([]);
    expect(layout.after.dir).toBe('rtl');
    const [text, box, summary] = await reader.evaluate<[DOMRect, DOMRect, DOMRect]>(`(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.pp-removed-summary'));
      return [document.querySelector('.pp-body p'), document.querySelector('.pp-removed'), range].map((node) => node.getBoundingClientRect().toJSON());
    })()`);
    // The note lines up with the article's right edge, and its words start there, not at the left.
    expect(Math.abs(box.right - text.right)).toBeLessThan(2);
    expect(summary.left - text.left).toBeGreaterThan(text.width / 2);
    const widths = await reader.evaluate(`['.pp-article', '.pp-after'].map((selector) => Math.round(document.querySelector(selector).getBoundingClientRect().width))`);
    expect(new Set(widths as number[]).size).toBe(1);
    await reader.screenshot({ path: resultPath('typesetting/reader-arabic') });
    await reader.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await reader.screenshot({ path: resultPath('typesetting/reader-arabic-end') });
    await reader.close();
  });

  it('sets a German article\'s facts in German under an English browser', async () => {
    const { page, popup } = await open(GERMAN);
    const facts = (await popup.evaluate(FACTS)) as string[];
    expect(facts.at(-1)).toMatch(/^\d+ Min\. Lesezeit$/);
    expect(facts.join(' ')).not.toMatch(/\b(?:By|min read)\b/);
    await popup.close();
    await page.close();
  });
});
