// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/types.ts';
import { readRequestFor } from '../../src/reading/read-request.ts';
import { defaultSettings, type Settings } from '../../src/shared/settings.ts';
import {
  checkSiteSelector, normaliseHost, siteKeyFor, withSite,
} from '../../src/shared/site-settings.ts';

describe('site keys', () => {
  it('uses the lower-cased host name of web pages only', () => {
    expect(siteKeyFor('https://News.Example.com/a?b')).toBe('news.example.com');
    expect(siteKeyFor('chrome://settings')).toBeNull();
    expect(siteKeyFor('not a url')).toBeNull();
    expect(normaliseHost(' https://Blog.example/post ')).toBe('blog.example');
    expect(normaliseHost('blog.example/path')).toBe('blog.example');
    expect(normaliseHost('no spaces allowed')).toBeNull();
  });
});

describe('per-site settings', () => {
  it('drops an entry set back to defaults', () => {
    const on = withSite(defaultSettings(), 'a.example', (s) => ({ ...s, rulesOff: true }));
    expect(on.sites['a.example']?.rulesOff).toBe(true);
    expect(withSite(on, 'a.example', (s) => ({ ...s, rulesOff: false })).sites).toEqual({});
  });

  it('builds the page request from global and site choices', () => {
    let settings: Settings = { ...defaultSettings(), disabledRules: ['captions'] };
    settings = withSite(settings, 'a.example', (s) => ({ ...s, disabledRules: ['teasers'], removeSelectors: ['.promo'] }));
    expect(readRequestFor(settings, 'a.example')).toEqual({ disabledRules: ['captions', 'teasers'], removeSelectors: ['.promo'], textFallback: false, keepRemovalSlots: true });
    expect(readRequestFor(settings, 'b.example', true)).toEqual({ disabledRules: ['captions'], removeSelectors: [], textFallback: true, keepRemovalSlots: true });
  });

  it('turns every rule but the reader’s own selectors off when rules are off on a site', () => {
    const settings = withSite(defaultSettings(), 'a.example', (s) => ({ ...s, rulesOff: true }));
    expect(readRequestFor(settings, 'a.example').disabledRules).toEqual(RULE_IDS.filter((r) => r !== 'site-selectors'));
  });
});

describe('checkSiteSelector', () => {
  const check = (s: string, existing: string[] = []) => checkSiteSelector(s, existing, document);

  it('accepts and trims a valid selector', () => {
    expect(check('  .newsletter > form  ')).toEqual({ ok: true, selector: '.newsletter > form' });
    expect(check('aside[data-kind="promo"]')).toEqual({ ok: true, selector: 'aside[data-kind="promo"]' });
  });

  it.each([
    ['', /Enter a CSS selector/],
    ['div[', /not a valid CSS selector/],
    ['..x', /not a valid CSS selector/],
    ['*', /whole page/],
    ['body', /whole page/],
    [':root', /whole page/],
    ['.a'.repeat(120), /at most 200 characters/],
  ])('rejects %j with a clear message', (selector, message) => {
    const result = check(selector);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('rejects duplicates and too many selectors', () => {
    expect(check('.a', ['.a'])).toMatchObject({ ok: false, message: expect.stringMatching(/already/) as unknown });
    const fifty = Array.from({ length: 50 }, (_, i) => `.s${i}`);
    expect(check('.new', fifty)).toMatchObject({ ok: false, message: expect.stringMatching(/at most 50/) as unknown });
  });
});
