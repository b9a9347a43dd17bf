import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { popupOutcome, resultPath, type Popup } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { SEED_PATH } from './seed.ts';

type Messages = Record<string, { message: string; placeholders?: object }>;

const locale = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../_locales', name, 'messages.json'), 'utf8')) as Messages;
const en = locale('en');
const de = locale('de');
const zh = locale('zh_CN');

/** The message `key` of a locale, with `$1`… filled the way the browser fills them. */
function text(messages: Messages, key: string, ...substitutions: string[]): string {
  const entry = messages[key];
  if (!entry) throw new Error(`No message ${key}`);
  let result = entry.message;
  Object.entries(entry.placeholders ?? {}).forEach(([name], i) => {
    result = result.replace(`$${name}$`, substitutions[i] ?? '');
  });
  return result;
}

/**
 * An expression for the text a page shows as its own UI, aria-labels and title included, with the
 * article's words taken out (they are the page's, in the page's language, and so are the facts
 * under its title: "By …", "2 min read").
 */
const UI_TEXT = `(() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('.pp-body, .pp-title, .pp-meta, .pp-removal-preview, .pp-removal-reason').forEach((node) => node.remove());
  const labels = [...copy.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  const texts = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
  return [document.title, ...texts, ...labels].join('\\n');
})()`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (phrase: string) => new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'u');

/**
 * English messages without placeholders that the translation words differently, leaving out those
 * that are also words of the translation itself (German "Listen" means lists).
 */
function englishOnly(translation: Messages): string[] {
  const translated = Object.values(translation).map((entry) => entry.message).join('\n');
  return Object.entries(en)
    .filter(([key, entry]) => entry.placeholders === undefined && key !== 'uiLanguage' && translation[key]?.message !== entry.message)
    .map(([, entry]) => entry.message)
    .filter((english) => !wholeWord(english).test(translated));
}

function leftoverEnglish(uiText: string, translation: Messages): string[] {
  return englishOnly(translation).filter((english) => wholeWord(english).test(uiText));
}

const PAGE_LOCALE = `({ ui: chrome.i18n.getUILanguage(), lang: document.documentElement.lang, dir: document.documentElement.dir })`;

async function openOptions(page: Promise<Page>): Promise<Page> {
  const options = await page;
  await options.locator('.pp-options-header h1').waitFor();
  return options;
}

async function seedPopup(session: ReturnType<typeof useChromiumSession>): Promise<Popup> {
  const page = await session.browser.openPage(session.server.url(SEED_PATH));
  const popup = await session.browser.clickToolbar(page);
  expect((await popupOutcome(popup)).kind).toBe('article');
  return popup;
}

describe('Chromium in German', () => {
  const session = useChromiumSession({ lang: 'de' });

  it('names and describes the extension in German', async () => {
    const options = await openOptions(session.browser.openExtensionPage('options.html'));
    const self = await options.evaluate(`chrome.management.getSelf().then(({ name, description }) => ({ name, description }))`);
    expect(self).toEqual({ name: text(de, 'extensionName'), description: text(de, 'extensionDescription') });
    expect(text(de, 'extensionDescription')).not.toBe(text(en, 'extensionDescription'));
  });

  it('shows the options page in German, with no English left', async () => {
    const options = await openOptions(session.browser.openExtensionPage('options.html'));
    expect(await options.evaluate(PAGE_LOCALE)).toEqual({ ui: 'de', lang: 'de', dir: 'ltr' });
    expect(await options.title()).toBe(text(de, 'optionsPageTitle'));
    await options.getByLabel(text(de, 'themeDark'), { exact: true }).check();
    await options.getByText(text(de, 'saved'), { exact: true }).waitFor();
    expect(await options.getByLabel(text(de, 'fontSize')).inputValue()).toMatch(/^\d+$/);
    const uiText = await options.evaluate<string>(UI_TEXT);
    expect(uiText).toContain(text(de, 'rulesIntro'));
    expect(leftoverEnglish(uiText, de)).toEqual([]);
    await options.screenshot({ path: resultPath('options-de'), fullPage: true });
  });

  it('shows the popup and its failure messages in German', async () => {
    const popup = await seedPopup(session);
    expect(await popup.evaluate(PAGE_LOCALE)).toEqual({ ui: 'de', lang: 'de', dir: 'ltr' });
    const buttons = await popup.evaluate(`[...document.querySelectorAll('.pp-toolbar button')].map((b) => b.textContent)`);
    expect(buttons).toEqual(expect.arrayContaining([text(de, 'openFullTab'), text(de, 'copyMarkdown'), text(de, 'copyLink')]));
    const uiText = (await popup.evaluate(UI_TEXT)) as string;
    expect(uiText).toMatch(/\d+ Blöcke entfernt/);
    // The facts under the title speak the article's language (English here), not the browser's.
    expect(await popup.evaluate(`[...document.querySelectorAll('.pp-meta .pp-fact')].map((fact) => fact.firstChild.textContent)`)).toEqual([
      'AI News',
      'By AI News Desk',
      expect.stringMatching(/^April \d+, 2026$/),
      expect.stringMatching(/^\d+ min read$/),
    ]);
    expect(leftoverEnglish(uiText, de)).toEqual([]);
    await popup.screenshot(resultPath('popup-de'));
    await popup.close();

    const restricted = await session.browser.clickToolbar(await session.browser.openPage('chrome://version'));
    const outcome = await popupOutcome(restricted);
    expect(outcome.title).toBe(text(de, 'restrictedTitle'));
    expect(outcome.text).toContain(text(de, 'restrictedBrowserPage', 'Chrome'));
    await restricted.close();
  });
});

describe('Chromium in Simplified Chinese', () => {
  const session = useChromiumSession({ lang: 'zh-CN' });

  it('shows the options page and the popup in Chinese, with no English left', async () => {
    const options = await openOptions(session.browser.openExtensionPage('options.html'));
    expect(await options.evaluate(PAGE_LOCALE)).toEqual({ ui: 'zh-CN', lang: 'zh-CN', dir: 'ltr' });
    expect(await options.title()).toBe(text(zh, 'optionsPageTitle'));
    expect(leftoverEnglish(await options.evaluate<string>(UI_TEXT), zh)).toEqual([]);
    await options.screenshot({ path: resultPath('options-zh-CN'), fullPage: true });

    const popup = await seedPopup(session);
    const uiText = (await popup.evaluate(UI_TEXT)) as string;
    expect(uiText).toContain(text(zh, 'copyMarkdown'));
    expect(leftoverEnglish(uiText, zh)).toEqual([]);
    await popup.screenshot(resultPath('popup-zh-CN'));
    await popup.close();
  });
});

describe('Chromium in Arabic, a language Plainpage has no translation for', () => {
  const session = useChromiumSession({ lang: 'ar' });

  it('falls back to English, laid out left to right like the English it shows', async () => {
    const options = await openOptions(session.browser.openExtensionPage('options.html'));
    expect(await options.evaluate(PAGE_LOCALE)).toEqual({ ui: 'ar', lang: 'en', dir: 'ltr' });
    expect(await options.title()).toBe(text(en, 'optionsPageTitle'));
    // The same check that finds no English in German finds plenty here.
    expect(leftoverEnglish(await options.evaluate<string>(UI_TEXT), de).length).toBeGreaterThan(40);
    const popup = await seedPopup(session);
    expect(await popup.evaluate(PAGE_LOCALE)).toEqual({ ui: 'ar', lang: 'en', dir: 'ltr' });
    expect(await popup.evaluate(UI_TEXT)).toContain(text(en, 'copyMarkdown'));
    await popup.close();
  });
});
