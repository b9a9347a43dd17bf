import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { popupOutcome, resultPath } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { occurrences } from './text.ts';

const LIBRARY_PARAGRAPHS = [
  'The Millbrook public library opened its doors again on Saturday',
  'Volunteers spent most of the spring carrying damp boxes',
  'The repairs cost a little over four hundred thousand pounds',
  'Head librarian Joe Petrakis said the building now sits on raised foundations',
  "The children's corner reopens next month",
];

describe('what the popup shows for different pages', () => {
  const session = useChromiumSession();

  it('extracts an article once when its second copy is hidden by a stylesheet class rule, keeping collapsed text', async () => {
    const page = await session.browser.openPage(session.server.url('/e2e/hidden-copy.html'));
    expect(await page.locator('.print-edition').isVisible()).toBe(false);
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe('Town library reopens after flood repairs');
    for (const paragraph of LIBRARY_PARAGRAPHS) expect(occurrences(outcome.text, paragraph)).toBe(1);
    expect(outcome.text).not.toContain('VC-PRINT-0419');
    expect(outcome.text).not.toContain('Browse every section of the Courier');
    expect(outcome.text).not.toContain('Skip straight to the story text');
    const collapsed = (await popup.evaluate(`document.querySelector('article details')?.textContent ?? ''`)) as string;
    expect(collapsed).toContain('An earlier version of this story gave the wrong month');
    await popup.close();
  });

  it('says there is no article on a gallery page, and shows its text when asked', async () => {
    const page = await session.browser.openPage(session.server.url('/e2e/no-article.html'));
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);
    await popup.screenshot(resultPath('popup-no-article'));

    expect(outcome.kind).toBe('message');
    expect(outcome.title).toBe('No article here');
    expect(outcome.text).not.toMatch(/\bat\s+\S+:\d+:\d+/);

    await popup.evaluate(`document.querySelector('.pp-message button').click()`);
    const text = (await popup.waitFor(`document.querySelector('article')?.innerText`)) as string;
    expect(text).toContain('Lighthouse in rain');
    expect(text).not.toContain('Sign in');
    await popup.close();
  });

  it("explains that the browser's own pages cannot be read", async () => {
    const page = await session.browser.openPage('chrome://version');
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);
    await popup.screenshot(resultPath('popup-restricted'));

    expect(outcome.kind).toBe('message');
    expect(outcome.title).toBe('Plainpage can’t read this page');
    expect(outcome.text).toContain('Chrome’s own pages');
    expect(outcome.text).toContain('Open an article on a website');
    await popup.close();
  });

  it('reads a local file when the browser allows it (Chromium does for a command-line extension)', async () => {
    const file = pathToFileURL(resolve(import.meta.dirname, '../fixtures/e2e/hidden-copy.html')).href;
    const page = await session.browser.openPage(file);
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe('Town library reopens after flood repairs');
    await popup.close();
  });
});
