import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, localizePage, t, uiLocale } from '../../src/shared/i18n.ts';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES_DIR = resolve(ROOT, '_locales');
const locales = readdirSync(LOCALES_DIR).sort();
const messages = (locale: string) =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
const english = messages('en');

/** The `$name$` placeholders a message uses, lower-cased as the browser matches them. */
function usedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => (m[1] ?? '').toLowerCase()).sort();
}

function placeholderShape(entry: Entry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
}

describe('the locales', () => {
  it('ship English, German and Simplified Chinese', () => {
    expect(locales).toEqual(expect.arrayContaining(['de', 'en', 'zh_CN']));
  });

  it.each(locales)('%s has exactly the English keys, with the same placeholders', (locale) => {
    const translated = messages(locale);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      const other = translated[key];
      expect(other, key).toBeDefined();
      if (!other) continue;
      expect(placeholderShape(other), key).toEqual(placeholderShape(entry));
      expect(usedPlaceholders(other.message), key).toEqual(usedPlaceholders(entry.message));
      expect(other.message.trim(), key).not.toBe('');
    }
  });

  it.each(locales)('%s declares every placeholder it uses and uses every one it declares', (locale) => {
    for (const [key, entry] of Object.entries(messages(locale))) {
      const declared = Object.keys(placeholderShape(entry)).sort();
      expect([...new Set(usedPlaceholders(entry.message))], key).toEqual(declared);
      const contents = Object.values(placeholderShape(entry)).sort();
      expect(contents, key).toEqual(contents.map((_, i) => `$${i + 1}`));
    }
  });

  it.each(locales)('%s names its own language in uiLanguage', (locale) => {
    expect(messages(locale).uiLanguage?.message).toBe(locale.replace('_', '-'));
  });

  it('has every string the manifest asks for', () => {
    const manifest = readFileSync(resolve(ROOT, 'manifest.json'), 'utf8');
    const asked = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(asked).toEqual(expect.arrayContaining(['extensionName', 'extensionDescription']));
    for (const key of asked) expect(english, key).toHaveProperty(key);
  });
});

describe('t() outside a browser', () => {
  it('reads English and fills placeholders in order', () => {
    expect(t('ruleOffDone', 'Repeated text', 'news.example.com')).toBe('“Repeated text” is off on news.example.com.');
    expect(t('readingTimeMany', 7)).toBe('7 min read');
    expect(t('copyLink')).toBe('Copy link');
  });

  it('formats like the browser: placeholders, reordered substitutions and $$', () => {
    const entry = { message: '$b$ before $A$, $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } };
    expect(formatMessage(entry, ['first', 'second'])).toBe('second before first, $5');
  });
});

describe('the language and direction of extension pages', () => {
  const scope = globalThis as { chrome?: unknown };

  /** A browser whose i18n answers from `shown`, the locale it picked. */
  function browserShowing(shown: Record<string, string>): void {
    scope.chrome = { i18n: { getMessage: (key: string) => shown[key] ?? '' } };
  }

  afterEach(() => {
    delete scope.chrome;
  });

  it('follow the translation the browser shows', () => {
    browserShowing({ uiLanguage: 'zh-CN', optionsPageTitle: 'Plainpage 设置' });
    const { document } = new JSDOM('<!doctype html><html lang="en"><title>x</title>').window;
    localizePage(document, t('optionsPageTitle'));
    expect([document.documentElement.lang, document.documentElement.dir, document.title]).toEqual(['zh-CN', 'ltr', 'Plainpage 设置']);
  });

  it('turn right to left for a right-to-left translation', () => {
    for (const lang of ['ar', 'he', 'fa-IR', 'ur']) {
      browserShowing({ uiLanguage: lang });
      expect(uiLocale()).toEqual({ lang, dir: 'rtl' });
    }
  });

  it('stay left to right in English outside a browser', () => {
    expect(uiLocale()).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
