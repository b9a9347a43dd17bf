import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, launchFirefoxExtension, type FirefoxExtension, type FirefoxTab } from './firefox-harness.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { resultPath } from './harness.ts';
import { READER_LOOK as LOOK, type ReaderLook as Look } from './reader-look.ts';
import { SEED_PATH } from './seed.ts';

/** The popup's text size and background (its document is reached through the browser window, which has no storage API to read). */
const POPUP_LOOK = `(() => {
  const view = document.defaultView;
  const article = view.getComputedStyle(document.querySelector('.pp-article'));
  return { fontSize: parseFloat(article.fontSize), background: view.getComputedStyle(document.documentElement).backgroundColor };
})()`;

const FOCUSED = `document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.value`;

describe('Firefox: the text and layout panel', () => {
  let server: FixtureServer;
  let firefox: FirefoxExtension;
  let reader: FirefoxTab;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxExtension();
  });

  afterAll(async () => {
    await firefox.close();
    await server.close();
  });

  it('changes the popup\'s look in place and saves it', async () => {
    await firefox.openPage(server.url(SEED_PATH));
    expect((await firefox.clickToolbar()).kind).toBe('article');
    const before = (await firefox.evaluateInPopup(POPUP_LOOK)) as { fontSize: number };
    await firefox.evaluateInPopup(`document.querySelector('.pp-look-button').click()`);
    await expect.poll(() => firefox.evaluateInPopup(`Boolean(document.querySelector('.pp-look-panel:not([hidden])'))`)).toBe(true);
    await firefox.evaluateInPopup(`document.querySelector('[aria-label="Larger text"]').click()`);
    await firefox.evaluateInPopup(`document.querySelector('.pp-look-theme input[value="sepia"]').click()`);
    await expect.poll(() => firefox.evaluateInPopup(POPUP_LOOK)).toEqual({ fontSize: before.fontSize + 1, background: 'rgb(244, 236, 216)' });
    await firefox.popupScreenshot(resultPath('firefox-popup-look-panel'));
    // Escape closes the panel and gives the keyboard back to its button.
    await firefox.evaluateInPopup(`document.querySelector('.pp-look-panel').dispatchEvent(new document.defaultView.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))`);
    expect(await firefox.evaluateInPopup(`[document.querySelector('.pp-look-panel').hidden, document.activeElement.className]`)).toEqual([true, 'pp-button pp-look-button']);
  });

  it('opens from the reader\'s bar by keyboard and changes size, width, spacing, font and theme live', async () => {
    reader = await firefox.openReaderFromPopup();
    const before = (await reader.evaluate(LOOK)) as Look;
    expect(before).toMatchObject({ background: 'rgb(244, 236, 216)', stored: { fontSize: 19, contentWidth: 66, lineHeight: 1.6, font: 'serif', theme: 'sepia' } });
    await reader.press(KEYS.Tab);
    expect(await reader.evaluate(FOCUSED)).toBe('Text and layout');
    await reader.press(KEYS.Enter);
    expect(await reader.evaluate(FOCUSED)).toBe('Smaller text');
    // Larger text; past "Narrower column" to "Wider column"; past "Less line spacing" to "More line spacing".
    await reader.press(KEYS.Tab, KEYS.Enter, KEYS.Tab, KEYS.Tab, KEYS.Enter, KEYS.Tab, KEYS.Tab, KEYS.Enter);
    // Into the fonts, on the checked one; the arrow key picks the next.
    await reader.press(KEYS.Tab, KEYS.ArrowRight);
    expect(await reader.evaluate(FOCUSED)).toBe('sans-serif');
    await reader.evaluate(`document.querySelector('.pp-look-theme input[value="dark"]').click()`);
    await expect.poll(async () => ((await reader.evaluate(LOOK)) as Look).stored).toEqual({ fontSize: 20, contentWidth: 70, lineHeight: 1.7, font: 'sans-serif', theme: 'dark' });
    const after = (await reader.evaluate(LOOK)) as Look;
    expect(after).toMatchObject({ fontSize: 20, background: 'rgb(28, 27, 31)' });
    expect(after.lineHeight).toBeCloseTo(1.7, 2);
    expect(after.font).toMatch(/^system-ui/);
    await reader.screenshot(resultPath('firefox-reader-look-panel'));
    await reader.press(KEYS.Escape);
    expect(await reader.evaluate(`[document.querySelector('.pp-look-panel').hidden, ${FOCUSED}]`)).toEqual([true, 'Text and layout']);
  });

  it('keeps the look for the next popup', async () => {
    await firefox.openPage(server.url(SEED_PATH));
    expect((await firefox.clickToolbar()).kind).toBe('article');
    await expect.poll(() => firefox.evaluateInPopup(POPUP_LOOK)).toEqual({ fontSize: 20, background: 'rgb(28, 27, 31)' });
  });
});
