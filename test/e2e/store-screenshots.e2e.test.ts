import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { popupOutcome, resultPath } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { SEED_PATH } from './seed.ts';

/** The Chrome Web Store's and addons.mozilla.org's screenshot size. */
const STORE = { width: 1280, height: 800 } as const;

function dataUrl(file: string): string {
  return `data:image/png;base64,${readFileSync(file).toString('base64')}`;
}

/** Width and height of a PNG, read from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('store screenshots (test-results/store/)', () => {
  const session = useChromiumSession();

  it('shows the popup over the cluttered page it cleaned, at 1280x800', async () => {
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    await page.setViewportSize(STORE);
    const pageShot = resultPath('store/page-behind-popup');
    await page.screenshot({ path: pageShot });
    const popup = await session.browser.clickToolbar(page);
    expect((await popupOutcome(popup)).kind).toBe('article');
    const popupShot = resultPath('store/popup-alone');
    await popup.screenshot(popupShot);
    await popup.close();

    const canvas = await session.browser.context.newPage();
    await canvas.setViewportSize(STORE);
    await canvas.setContent(
      `<body style="margin:0;position:relative;width:${STORE.width}px;height:${STORE.height}px;overflow:hidden">` +
        `<img src="${dataUrl(pageShot)}" style="position:absolute;inset:0;filter:brightness(.8)">` +
        `<img src="${dataUrl(popupShot)}" style="position:absolute;top:12px;right:24px;max-height:776px;` +
        `box-shadow:0 8px 32px rgb(0 0 0 / .35);border-radius:8px"></body>`,
    );
    await canvas.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    const file = resultPath('store/popup-1280x800');
    await canvas.screenshot({ path: file });
    await canvas.close();
    expect(pngSize(file)).toEqual(STORE);
  });

  it('shows the options page at 1280x800', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.setViewportSize(STORE);
    await options.getByLabel('Text size').waitFor();
    const file = resultPath('store/options-1280x800');
    await options.screenshot({ path: file });
    expect(pngSize(file)).toEqual(STORE);
  });
});
