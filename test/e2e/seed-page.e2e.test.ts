import { describe, expect, it } from 'vitest';
import { popupOutcome, resultPath } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { occurrences } from './text.ts';
import { SEED_PATH, seedExpected } from './seed.ts';

const expected = seedExpected;

describe('toolbar click on the seed news page', () => {
  const session = useChromiumSession();

  it('shows the clean article in the popup: every paragraph once, no clutter, click after click', async () => {
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);
    await popup.screenshot(resultPath('popup-seed-article'));

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe(expected.title);
    for (const paragraph of expected.paragraphs) expect(occurrences(outcome.text, paragraph)).toBe(1);
    for (const clutter of expected.absent) expect(outcome.text).not.toContain(clutter);
    await popup.close();

    const again = await session.browser.clickToolbar(page);
    const second = await popupOutcome(again);
    expect(second.kind).toBe('article');
    for (const paragraph of expected.paragraphs) expect(occurrences(second.text, paragraph)).toBe(1);
    await again.close();
  });

  it('leaves the page itself untouched', async () => {
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const before = await page.content();
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    await popup.close();
    expect(await page.content()).toBe(before);
  });
});
