// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutoOpenControl } from '../../src/popup/auto-open-toggle.ts';
import { PopupApp, type PopupDeps } from '../../src/popup/popup-app.ts';
import type { Reading, ReadRequest } from '../../src/reading/reading.ts';
import { SettingsStore } from '../../src/shared/settings-store.ts';
import { FakeStorage } from '../shared/fake-storage.ts';
import { sampleArticle } from '../view/sample.ts';

const noActions = () => ({
  openInTab: () => Promise.resolve(),
  copyMarkdown: () => Promise.resolve(true),
  copyLink: () => Promise.resolve(true),
});

function popup(results: Reading[], url = 'https://news.example/a', autoOpen?: AutoOpenControl, read?: PopupDeps['read']) {
  const storage = new FakeStorage();
  const requests: ReadRequest[] = [];
  const deps: PopupDeps = {
    doc: document,
    store: new SettingsStore(storage),
    tab: { id: 1, url },
    read: read ?? ((_tab, request) => {
      requests.push(request);
      return Promise.resolve(results.shift() ?? { ok: false, failure: { code: 'unexpected', message: 'none' } });
    }),
    actions: noActions,
    openSettings: () => Promise.resolve(),
    ...(autoOpen ? { autoOpen } : {}),
  };
  return { app: new PopupApp(deps), requests, storage };
}

const text = () => document.body.textContent;

// jsdom lays nothing out: give it the two layout calls the popup makes.
Element.prototype.scrollIntoView = () => undefined;
window.matchMedia = (query: string) => ({ matches: false, media: query }) as MediaQueryList;

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('PopupApp', () => {
  it('shows the article with its removals and actions', async () => {
    const { app } = popup([{ ok: true, article: sampleArticle() }]);
    await app.start();
    expect(document.querySelector('article h1')?.textContent).toBe('A title');
    expect(document.querySelector('summary')?.textContent).toBe('Removed 2 blocks');
    expect(text()).toContain('Copy as Markdown');
  });

  it('puts nothing between the bar and the headline: what was removed and the site switch come after the article', async () => {
    const autoOpen = { isOn: () => Promise.resolve(false), start: () => Promise.resolve(true), stop: () => Promise.resolve() };
    const { app } = popup([{ ok: true, article: sampleArticle() }], 'https://news.example/a', autoOpen);
    await app.start();
    expect(document.querySelector('.pp-main > :first-child')?.tagName).toBe('ARTICLE');
    expect([...document.querySelectorAll('.pp-main > article + .pp-after > *')].map((part) => part.className)).toEqual(['pp-removed', 'pp-check pp-auto-open']);
    expect(document.querySelector('.pp-popup-header')?.textContent).not.toMatch(/Removed|Always open/);
  });

  it("shows a large page's opening, marked busy and without actions, until the whole reading replaces it", async () => {
    let finish: (reading: Reading) => void = () => undefined;
    let seen = '';
    const { app } = popup([], undefined, undefined, (_tab, _request, onOpening) => {
      onOpening?.({ ok: true, article: sampleArticle({ title: 'The opening', removed: [] }) });
      seen = `${document.querySelector('article h1')?.textContent ?? ''} busy=${document.querySelector('main')?.getAttribute('aria-busy') ?? ''}`;
      return new Promise((resolve) => { finish = resolve; });
    });
    const started = app.start();
    await vi.waitFor(() => { expect(seen).toBe('The opening busy=true'); });
    expect(text()).not.toContain('Copy as Markdown');
    finish({ ok: true, article: sampleArticle() });
    await started;
    expect(document.querySelector('article h1')?.textContent).toBe('A title');
    expect(document.querySelector('[aria-busy]')).toBeNull();
    expect(text()).toContain('Copy as Markdown');
  });

  it('keeps the opening as the article when the rest of the page cannot be had', async () => {
    const { app } = popup([], undefined, undefined, (_tab, _request, onOpening) => {
      onOpening?.({ ok: true, article: sampleArticle({ title: 'The opening' }) });
      return Promise.resolve({ ok: false, failure: { code: 'unexpected', message: 'The page went away.' } });
    });
    await app.start();
    expect(document.querySelector('article h1')?.textContent).toBe('The opening');
    expect(text()).toContain('Copy as Markdown');
  });

  it('says nothing about removals when the clean-up removed nothing', async () => {
    const { app } = popup([{ ok: true, article: sampleArticle({ removed: [] }) }], 'about:blank');
    await app.start();
    expect(document.querySelector('article h1')?.textContent).toBe('A title');
    expect(text()).not.toMatch(/removed/i);
    expect(document.querySelector('.pp-after')).toBeNull();
  });

  it('offers the page text when there is no article, and asks again with textFallback', async () => {
    const { app, requests } = popup([
      { ok: false, failure: { code: 'no-article', message: 'x' } },
      { ok: true, article: sampleArticle({ title: 'Page text' }) },
    ]);
    await app.start();
    expect(text()).toContain('No article here');
    document.querySelector<HTMLButtonElement>('.pp-message button')?.click();
    await vi.waitFor(() => { expect(document.querySelector('article h1')?.textContent).toBe('Page text'); });
    expect(requests.map((r) => r.textFallback)).toEqual([false, true]);
  });

  it('explains a restricted page with its hint, and an error without a stack trace', async () => {
    const restricted = popup([{ ok: false, failure: { code: 'restricted', message: 'Browser pages are off limits.', hint: 'Open an article.' } }]);
    await restricted.app.start();
    expect(text()).toContain('Browser pages are off limits.');
    expect(text()).toContain('Open an article.');
    const failed = popup([{ ok: false, failure: { code: 'unexpected', message: 'Reload the page and try again.' } }]);
    await failed.app.start();
    expect(text()).toContain('Something went wrong');
    expect(text()).not.toMatch(/at \w+ \(|Error:/);
  });

  it('turns a rule off for the site and reads the page again without it', async () => {
    const { app, requests, storage } = popup([{ ok: true, article: sampleArticle() }, { ok: true, article: sampleArticle({ removed: [] }) }]);
    await app.start();
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Teasers and promotions'));
    button?.click();
    await vi.waitFor(() => { expect(requests).toHaveLength(2); });
    expect(requests[1]?.disabledRules).toEqual(['teasers']);
    const saved = storage.sync.data.get('settings') as { sites: Record<string, { disabledRules: string[] }> };
    expect(saved.sites['news.example']?.disabledRules).toEqual(['teasers']);
    await vi.waitFor(() => { expect(text()).toContain('is off on news.example'); });
  });

  it('restores a removed block from the list and marks it', async () => {
    const { app } = popup([{ ok: true, article: sampleArticle() }]);
    await app.start();
    const restore = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Restore');
    restore?.click();
    expect(document.querySelector('.pp-restored')?.textContent).toContain('Read more: other story');
    expect(restore?.textContent).toBe('Remove again');
  });

  it('shows the spinner only after 150 ms', () => {
    vi.useFakeTimers();
    const { app } = popup([]);
    void app.run(false);
    return Promise.resolve().then(() => {
      expect(document.querySelector<HTMLElement>('.pp-working')?.hidden ?? true).toBe(true);
    });
  });
});
