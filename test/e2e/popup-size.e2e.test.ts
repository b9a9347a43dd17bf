/**
 * The popup fills the panel its browser gives it, whatever it shows: an article, which scrolls, or
 * a message, which does not. Chromium and Firefox size the panel from the page by rules of their
 * own (and add a scrollbar or not), so the tests hold the page against its panel, not a number.
 */
import { describe, expect, it } from 'vitest';
import { popupOutcome, resultPath } from './harness.ts';
import { SEED_PATH } from './seed.ts';
import { useChromiumSession, useFirefoxSession } from './session.ts';

const NO_ARTICLE_PATH = '/e2e/no-article.html';

/** How the popup's page sits in its panel, in CSS pixels. */
interface Fit {
  /** The panel's width: the popup window's. */
  panel: number;
  /** The width the page may use: the panel's less its scrollbar, if any. */
  page: number;
  /** The header's width: its rule should reach the page's edge. */
  header: number;
  /** How wide the page's content is: more than `page` scrolls sideways. */
  content: number;
}

/** A function of the popup's document giving its Fit. */
const FIT = `((document) => {
  const root = document.documentElement;
  const header = document.querySelector('.pp-popup-header');
  return {
    panel: document.defaultView.innerWidth,
    page: root.clientWidth,
    header: Math.round(header ? header.getBoundingClientRect().width : 0),
    content: root.scrollWidth,
  };
})`;

/** The popup's Fit once the browser has stopped resizing it (the same twice, 300 ms apart). */
async function settledFit(read: () => Promise<unknown>): Promise<Fit> {
  let last = '';
  const deadline = Date.now() + 10_000;
  for (;;) {
    const fit = (await read()) as Fit;
    if (JSON.stringify(fit) === last || Date.now() > deadline) return fit;
    last = JSON.stringify(fit);
    await new Promise((done) => setTimeout(done, 300));
  }
}

function expectFilled(fit: Fit): void {
  expect(fit.header, 'the header stops short of the panel').toBe(fit.page);
  expect(fit.content, 'the page scrolls sideways').toBeLessThanOrEqual(fit.page);
}

describe('Chromium: the popup fills its panel', () => {
  const session = useChromiumSession();

  it.each([
    ['an article', SEED_PATH, 'article'],
    ['a message', NO_ARTICLE_PATH, 'message'],
  ])('showing %s', async (_what, path, kind) => {
    const page = await session.browser.openPage(session.server.url(path));
    const popup = await session.browser.clickToolbar(page);
    expect((await popupOutcome(popup)).kind).toBe(kind);
    const fit = await settledFit(() => popup.evaluate(`${FIT}(document)`));
    await popup.screenshot(resultPath(`popup-size/chromium-${kind}`));

    expectFilled(fit);
    await popup.close();
    await page.close();
  });
});

describe('Firefox: the popup fills its panel', () => {
  const session = useFirefoxSession();

  async function popupFit(path: string, kind: string): Promise<Fit> {
    const { browser: firefox, server } = session;
    await firefox.openPage(server.url(path));
    expect((await firefox.clickToolbar()).kind).toBe(kind);
    const fit = await settledFit(() => firefox.evaluateInPopup(`${FIT}(document)`));
    await firefox.popupScreenshot(resultPath(`popup-size/firefox-${kind}`));
    return fit;
  }

  it('showing an article or a message, at one width', async () => {
    const article = await popupFit(SEED_PATH, 'article');
    const message = await popupFit(NO_ARTICLE_PATH, 'message');

    expectFilled(article);
    expectFilled(message);
    expect(message.panel, 'a message popup is narrower than an article popup').toBe(article.panel);
  });
});
