import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS, openReaderTab, popupOutcome, resultPath } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { SEED_PATH } from './seed.ts';

const TITLE = 'OpenAI and Microsoft Forge New AI Partnership, Ending Exclusive Era';
const FIRST_PARAGRAPH = 'OpenAI and Microsoft, a partnership often described as both contentious and inseparable';
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
    const page = await session.browser.openPage(session.server.url(SEED_PATH));
    const popup = await session.browser.clickToolbar(page);
    await popupOutcome(popup);
    reader = await openReaderTab(session.browser, popup);
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

  /** Chooses an item of the reader's Save menu and returns the downloaded file's name and text. */
  async function saveFromMenu(item: string): Promise<{ name: string; text: string }> {
    await reader.getByText('Save', { exact: true }).click();
    const download = reader.waitForEvent('download');
    await reader.getByRole('button', { name: item }).click();
    const file = await download;
    const path = join(RESULTS, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  it('saves the article as a Markdown file', async () => {
    await reader.getByText('Save', { exact: true }).click();
    await reader.screenshot({ path: resultPath('reader-save-menu') });
    await reader.keyboard.press('Escape');
    const { name, text } = await saveFromMenu('Save as Markdown');
    expect(name).toBe(`${TITLE}.md`);
    expect(text.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(text).toContain(FIRST_PARAGRAPH);
  });

  it('saves the article as a web page that can run nothing', async () => {
    const { name, text } = await saveFromMenu('Save as web page');
    expect(name).toBe(`${TITLE}.html`);
    const saved = await session.browser.context.newPage();
    const blocked: string[] = [];
    saved.on('console', (message) => blocked.push(message.text()));
    await saved.setContent(text);
    expect(await saved.locator('h1').innerText()).toBe(TITLE);
    expect(await saved.locator('article').innerText()).toContain(FIRST_PARAGRAPH);
    expect(await saved.locator('.source a').getAttribute('href')).toBe(session.server.url(SEED_PATH));
    expect(await saved.evaluate(`document.querySelectorAll('script').length`)).toBe(0);
    // The CSP holds in the browser: an inline script added now is refused.
    await saved.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'document.title = "ran"'; document.head.append(s); })()`);
    expect(await saved.title()).toBe(TITLE);
    expect(blocked.some((line) => line.includes('Content Security Policy'))).toBe(true);
    await saved.screenshot({ path: resultPath('saved-web-page') });
    await saved.close();
  });

  it('prints the article alone with its source address', async () => {
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.locator('.pp-reader-bar').isVisible()).toBe(false);
    expect(await reader.locator('.pp-print-source').innerText()).toBe(`Source: ${session.server.url(SEED_PATH)}`);
    await reader.screenshot({ path: resultPath('reader-print'), fullPage: true });
    const pdf = await reader.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await reader.emulateMedia({ media: 'screen' });
  });

  it('opens the read-aloud controls and says clearly when the system has no voices', async () => {
    // Debian's headless Chromium lists no speech voices (no speech-dispatcher); the reader must say so.
    expect(await reader.evaluate('speechSynthesis.getVoices().length')).toBe(0);
    await reader.getByRole('button', { name: 'Listen' }).click();
    const panel = reader.getByRole('region', { name: 'Read aloud' });
    await panel.waitFor();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('This browser has no voices for reading aloud on this computer.');
    expect(await panel.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    expect(await panel.getByLabel('Speed').inputValue()).toBe('1');
    await reader.screenshot({ path: resultPath('reader-read-aloud-no-voices') });
    await reader.setViewportSize({ width: 400, height: 800 });
    await reader.screenshot({ path: resultPath('reader-narrow-toolbar') });
    await reader.setViewportSize({ width: 1280, height: 900 });
  });
});
