import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openReaderTab, popupOutcome, resultPath, type ExtensionBrowser, type Popup } from './harness.ts';
import { firstScreenExpression, type FirstScreen } from './line-metrics.ts';
import { useChromiumSession } from './session.ts';
import { SEED_PATH } from './seed.ts';

const ARABIC = '/pages/ar-rtl-related/source.html';
const GERMAN = '/pages/de-lesen-sie-auch/source.html';
const FIGURES = '/e2e/figures-tables-code.html';

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
    const { page, popup } = await open(SEED_PATH);
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

  it('keeps photo credits as a small line under their captions and spaces every picture alike', async () => {
    const { page, popup } = await open(FIGURES);
    const reader = await openReaderTab(session.browser, popup);
    await page.close();
    await reader.evaluate(`Promise.all([...document.images].map((img) => img.decode()))`);
    const figures = await reader.evaluate<{ credit: string; creditTop: number; captionBottom: number; creditSize: number; captionSize: number; gap: number }[]>(`
      [...document.querySelectorAll('.pp-body figure')].map((figure) => {
        const caption = figure.querySelector('figcaption');
        const credit = caption.querySelector('small');
        const words = document.createRange();
        words.setStart(caption, 0);
        words.setEndBefore(credit);
        return {
          credit: credit.textContent,
          creditTop: credit.getBoundingClientRect().top,
          captionBottom: words.getBoundingClientRect().bottom,
          creditSize: parseFloat(getComputedStyle(credit).fontSize),
          captionSize: parseFloat(getComputedStyle(caption).fontSize),
          gap: caption.getBoundingClientRect().top - figure.querySelector('img').getBoundingClientRect().bottom,
        };
      })`);
    expect(figures.map((figure) => figure.credit)).toEqual(['Photo: Nadia Okafor / Wendham Parish News', 'Photo: Ellis Marsh']);
    for (const figure of figures) {
      expect(figure.creditTop).toBeGreaterThanOrEqual(figure.captionBottom - 1);
      expect(figure.creditSize).toBeLessThan(figure.captionSize);
    }
    // An <img> figure and a <picture> figure: the same room between the picture and its caption.
    expect(new Set(figures.map((figure) => Math.round(figure.gap))).size).toBe(1);
    const room = await reader.evaluate<{ figure: number[]; picture: number[] }>(`(() => {
      const around = (node) => [node.getBoundingClientRect().top - node.previousElementSibling.getBoundingClientRect().bottom, node.nextElementSibling.getBoundingClientRect().top - node.getBoundingClientRect().bottom].map(Math.round);
      return { figure: around(document.querySelector('.pp-body figure')), picture: around([...document.querySelectorAll('.pp-body picture')].find((node) => !node.closest('figure'))) };
    })()`);
    expect(room.picture).toEqual(room.figure);
    await reader.evaluate(`document.querySelector('.pp-body figure').scrollIntoView({ block: 'center' })`);
    await reader.screenshot({ path: resultPath('typesetting/reader-figure-credit') });

    const table = await reader.evaluate<{ size: number; body: number; numeric: string; rainEdges: number[]; windAlign: string }>(`(() => {
      const table = document.querySelector('.pp-body table');
      const column = (index) => [...table.rows].map((row) => row.cells[index]);
      const textRight = (cell) => { const range = document.createRange(); range.selectNodeContents(cell); return Math.round(cell.getBoundingClientRect().right - range.getBoundingClientRect().right); };
      return {
        size: parseFloat(getComputedStyle(table).fontSize),
        body: parseFloat(getComputedStyle(document.querySelector('.pp-body p')).fontSize),
        numeric: getComputedStyle(table.querySelector('td')).fontVariantNumeric,
        rainEdges: column(1).map(textRight),
        windAlign: getComputedStyle(column(4)[1]).textAlign,
      };
    })()`);
    expect(table.size / table.body).toBeCloseTo(0.9, 2);
    expect(table.numeric).toContain('tabular-nums');
    // "96.4" and "1,012.6" end at the same distance from their cells' end edge, the heading too.
    expect(new Set(table.rainEdges).size).toBe(1);
    expect(table.windAlign).toBe('start');
    await reader.evaluate(`document.querySelector('.pp-body table').scrollIntoView({ block: 'center' })`);
    await reader.screenshot({ path: resultPath('typesetting/reader-table') });

    const code = await reader.evaluate<{ lineHeight: number; size: number }>(`(() => {
      const code = document.querySelector('.pp-body pre code');
      return { lineHeight: parseFloat(getComputedStyle(document.querySelector('.pp-body pre')).lineHeight), size: parseFloat(getComputedStyle(code).fontSize) };
    })()`);
    expect(code.lineHeight / code.size).toBeCloseTo(1.45, 2);
    await reader.close();
  });
});
