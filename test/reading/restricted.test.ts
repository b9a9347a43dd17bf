import { afterEach, describe, expect, it, vi } from 'vitest';
import { restrictedPage, restrictionForError, restrictionForUrl } from '../../src/reading/restricted.ts';

describe('restrictionForUrl (Chrome build)', () => {
  it.each([
    ['chrome://version/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://example.com/', 'source-view'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'extension-page'],
    ['moz-extension://0f3c/options.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/some-extension/abc', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['data:text/html,<p>hi</p>', 'data-url'],
  ])('%s is %s', (address, kind) => {
    expect(restrictionForUrl(address, false)).toBe(kind);
  });

  it('lets ordinary pages, and pages it cannot parse, be tried', () => {
    expect(restrictionForUrl('https://news.example.com/story', false)).toBeNull();
    expect(restrictionForUrl('https://chrome.google.com/search', false)).toBeNull();
    expect(restrictionForUrl(undefined, false)).toBeNull();
    expect(restrictionForUrl('not a url', false)).toBeNull();
  });

  it('refuses local files only without file access', () => {
    expect(restrictionForUrl('file:///home/me/page.html', false)).toBe('local-file');
    expect(restrictionForUrl('file:///home/me/page.html', true)).toBeNull();
  });
});

describe('restrictionForError', () => {
  it('reads the kind of page from the browser’s refusal', () => {
    expect(restrictionForError('Cannot access a chrome:// URL', undefined)).toBe('browser-page');
    expect(restrictionForError('Cannot access a chrome-extension:// URL of different extension', undefined)).toBe(
      'extension-page',
    );
    expect(restrictionForError('Cannot access contents of url "file:///tmp/a.html".', undefined)).toBe('local-file');
    expect(restrictionForError('The extensions gallery cannot be scripted.', undefined)).toBe('store');
    expect(restrictionForError('Frame with ID 0 is showing error page', undefined)).toBe('error-page');
    expect(restrictionForError('Missing host permission for the tab', 'https://example.com/report.pdf')).toBe('pdf-viewer');
    expect(restrictionForError('Cannot access contents of the page.', 'https://example.com/')).toBe('denied');
  });

  it('leaves other errors to the caller', () => {
    expect(restrictionForError('No tab with id: 7.', undefined)).toBeNull();
  });
});

describe('restrictionForError (Firefox build)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** restricted.ts as the Firefox build has it: the build's browser constant is read when the module loads. */
  async function firefoxBuild(): Promise<typeof import('../../src/reading/restricted.ts')> {
    vi.stubGlobal('__PLAINPAGE_BROWSER__', 'firefox');
    vi.resetModules();
    return import('../../src/reading/restricted.ts');
  }

  it('says a refused web page is one of Firefox’s own pages in its place, naming error pages', async () => {
    const firefox = await firefoxBuild();
    const kind = firefox.restrictionForError('Missing host permission for the tab', 'http://127.0.0.1:9/');
    expect(kind).toBe('stand-in-page');
    const { failure } = firefox.restrictedPage(kind ?? 'denied');
    expect(failure.message).toContain('Firefox’s own pages');
    expect(failure.message).toContain('an error page');
    expect(failure.hint).toContain('reload the page');
  });

  it('keeps the kinds it can tell from the address', async () => {
    const firefox = await firefoxBuild();
    expect(firefox.restrictionForError('Missing host permission for the tab', 'https://example.com/report.pdf')).toBe('pdf-viewer');
    expect(firefox.restrictionForError('Missing host permission for the tab', 'https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(firefox.restrictionForError('Missing host permission for the tab', undefined)).toBe('denied');
  });

  it('is not what the Chrome build says, whose refusal names error pages itself', () => {
    expect(restrictionForError('Missing host permission for the tab', 'http://127.0.0.1:9/')).toBe('denied');
  });
});

describe('restrictedPage', () => {
  it('gives a message and a hint, never a stack', () => {
    const page = restrictedPage('browser-page');
    expect(page.ok).toBe(false);
    expect(page.failure.code).toBe('restricted');
    expect(page.failure.message).toContain('Chrome’s own pages');
    expect(page.failure.hint.length).toBeGreaterThan(10);
  });

  it('tells the reader to click again when the tab went to another page', () => {
    const { failure } = restrictedPage('navigated');
    expect(failure.message).toContain('went to another page');
    expect(failure.hint).toContain('Click Plainpage again');
  });
});
