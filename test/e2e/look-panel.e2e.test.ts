import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openReaderTab, popupOutcome, resultPath } from './harness.ts';
import { lineLengthsExpression, type LineLengths } from './line-metrics.ts';
import { READER_LOOK as LOOK, type ReaderLook as Look } from './reader-look.ts';
import { useChromiumSession } from './session.ts';
import { SEED_PATH } from './seed.ts';


const FOCUSED = `document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.closest('label')?.textContent ?? document.activeElement?.textContent`;

describe('the text and layout panel in the page', () => {
  const session = useChromiumSession();
  let reader: Page;

  it('opens from the reader\'s bar by keyboard, changes size, width, spacing, font and theme live and saves them', async () => {
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    reader = await openReaderTab(session.browser, popup);
    await page.close();
    const before = await reader.evaluate<Look>(LOOK);
    const lines = async () => (await reader.evaluate<LineLengths>(lineLengthsExpression())).columnsMedian;
    const widthBefore = await lines();

    // The bar's first control is the "Aa" button; Enter opens the panel and puts the keyboard in it.
    await reader.keyboard.press('Tab');
    expect(await reader.evaluate(FOCUSED)).toBe('Text and layout');
    await reader.keyboard.press('Enter');
    const panel = reader.getByRole('dialog', { name: 'Text and layout' });
    await panel.waitFor();
    expect(await reader.evaluate(FOCUSED)).toBe('Smaller text');
    await reader.keyboard.press('Tab');
    expect(await reader.evaluate(FOCUSED)).toBe('Larger text');
    await reader.keyboard.press('Enter');
    await reader.keyboard.press('Enter');
    await expect.poll(async () => (await reader.evaluate<Look>(LOOK)).fontSize).toBe(before.fontSize + 2);
    expect(await panel.getByRole('group', { name: 'Text size' }).locator('output').innerText()).toBe('20 px');

    await panel.getByRole('button', { name: 'Wider column' }).click();
    await panel.getByRole('button', { name: 'Wider column' }).click();
    await panel.getByRole('button', { name: 'More line spacing' }).click();
    // Arrow keys move between the fonts, as between any radio buttons.
    await panel.getByRole('radio', { name: 'Serif', exact: true }).focus();
    await reader.keyboard.press('ArrowRight');
    await panel.getByRole('radio', { name: 'Dark' }).check();
    await reader.screenshot({ path: resultPath('look-panel/reader-panel-dark') });

    await expect.poll(async () => (await reader.evaluate<Look>(LOOK)).stored).toEqual({ fontSize: 20, contentWidth: 74, lineHeight: 1.7, font: 'sans-serif', theme: 'dark' });
    const after = await reader.evaluate<Look>(LOOK);
    expect(after.lineHeight).toBeCloseTo(1.7, 2);
    expect(after.font).toMatch(/^system-ui/);
    expect(after.background).toBe('rgb(28, 27, 31)');
    // Eight more characters to the line, in the new font and size.
    expect(await lines()).toBeGreaterThanOrEqual(widthBefore + 5);

    await reader.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await reader.evaluate(FOCUSED)).toBe('Text and layout');
    expect(await reader.getByRole('button', { name: 'Text and layout' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the look after a reload and in the popup, whose own panel writes the same settings', async () => {
    await reader.reload();
    await reader.locator('.pp-article').waitFor();
    const reloaded = await reader.evaluate<Look>(LOOK);
    expect(reloaded).toMatchObject({ fontSize: 20, background: 'rgb(28, 27, 31)' });
    expect(reloaded.font).toMatch(/^system-ui/);

    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    const popupSize = `parseFloat(getComputedStyle(document.querySelector('.pp-article')).fontSize)`;
    expect(await popup.evaluate(popupSize)).toBe(20);
    await popup.evaluate(`document.querySelector('.pp-look-button').click()`);
    await popup.waitFor(`document.querySelector('.pp-look-panel:not([hidden])')`);
    await popup.screenshot(resultPath('look-panel/popup-panel'));
    await popup.evaluate(`document.querySelector('[aria-label="Smaller text"]').click()`);
    await popup.evaluate(`document.querySelector('.pp-look-theme input[value="sepia"]').click()`);
    await expect.poll(() => popup.evaluate(popupSize)).toBe(19);
    // The reader tab follows the popup's change as it is saved.
    await expect.poll(async () => (await reader.evaluate<Look>(LOOK)).fontSize).toBe(19);
    // Size and theme are saved one after the other: the theme may land a moment later.
    await expect.poll(async () => (await reader.evaluate<Look>(LOOK)).background).toBe('rgb(244, 236, 216)');
    await popup.close();
    await page.close();
  });

  it('stops at the ends of a range and says so', async () => {
    await reader.bringToFront();
    await reader.getByRole('button', { name: 'Text and layout' }).click();
    const smaller = reader.getByRole('button', { name: 'Smaller text' });
    for (let press = 0; press < 20 && (await smaller.getAttribute('aria-disabled')) === 'false'; press += 1) await smaller.click();
    await expect.poll(async () => (await reader.evaluate<Look>(LOOK)).fontSize).toBe(12);
    // A press past the end changes nothing (the button keeps its place for the keyboard).
    await smaller.click({ force: true });
    expect((await reader.evaluate<Look>(LOOK)).fontSize).toBe(12);
    // A click elsewhere closes the panel.
    await reader.mouse.click(20, 600);
    expect(await reader.getByRole('dialog', { name: 'Text and layout' }).isVisible()).toBe(false);
  });
});
