import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxExtension } from './firefox-harness.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { resultPath } from './harness.ts';
import { LONG_PAGE_PARAGRAPHS, LONG_PAGE_PATH, LONG_PAGE_TITLE, serveLongPage } from './long-page.ts';
import { occurrences } from './text.ts';
import { SLOW_STYLESHEET_PAGE, serveSlowStylesheet } from './slow-stylesheet.ts';
import { SEED_PATH, seedExpected } from './seed.ts';

const expected = seedExpected;

/** A port on 127.0.0.1 where nothing listens: it was free a moment ago and is closed again. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const address = probe.address();
  await new Promise((closed) => probe.close(closed));
  if (address === null || typeof address === 'string') throw new Error('The probe server had no port.');
  return address.port;
}

describe('Firefox: toolbar click, restricted page and options page', () => {
  let server: FixtureServer;
  let firefox: FirefoxExtension;

  beforeAll(async () => {
    server = await startFixtureServer((request, response) => serveLongPage(request, response) || serveSlowStylesheet(request, response));
    firefox = await launchFirefoxExtension();
  });

  afterAll(async () => {
    await firefox.close();
    await server.close();
  });

  it('shows the clean seed article in the popup', async () => {
    await firefox.openPage(server.url(SEED_PATH));
    const outcome = await firefox.clickToolbar();
    await firefox.popupScreenshot(resultPath('firefox-popup-seed-article'));

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe(expected.title);
    for (const paragraph of expected.paragraphs) expect(occurrences(outcome.text, paragraph)).toBe(1);
  });

  it('reads a page whose stylesheet is still loading (Firefox has laid nothing out yet)', async () => {
    await firefox.openPage(server.url(SLOW_STYLESHEET_PAGE), 'interactive');
    const outcome = await firefox.clickToolbar();

    expect(outcome.kind).toBe('article');
    for (const paragraph of expected.paragraphs) expect(occurrences(outcome.text, paragraph)).toBe(1);
  });

  it('says there is no article on a gallery page', async () => {
    await firefox.openPage(server.url('/e2e/no-article.html'));
    const outcome = await firefox.clickToolbar();

    expect(outcome.kind).toBe('message');
    expect(outcome.title).toBe('No article here');
  });

  it('reads a page of several megabytes, which the page hands over in parts, whole and in order', async () => {
    await firefox.openPage(server.url(LONG_PAGE_PATH));
    const outcome = await firefox.clickToolbar();

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe(LONG_PAGE_TITLE);
    for (const paragraph of LONG_PAGE_PARAGRAPHS) expect(occurrences(outcome.text, paragraph)).toBe(1);
    expect(outcome.text).not.toContain('Harbour archive entry');
  });

  it("explains that Firefox's own pages cannot be read", async () => {
    await firefox.openPage('about:robots');
    const outcome = await firefox.clickToolbar();

    expect(outcome.kind).toBe('message');
    expect(outcome.text).toContain('Firefox’s own pages');
  });

  it('says the tab shows an error page when Firefox could not reach the site', async () => {
    const address = `http://127.0.0.1:${await closedPort()}/`;
    await expect(firefox.openPage(address)).rejects.toThrow(/CONNECTION_REFUSED/);
    await expect.poll(() => firefox.evaluateInPage('document.documentURI')).toMatch(/^about:neterror/);
    const outcome = await firefox.clickToolbar();

    expect(outcome.kind).toBe('message');
    expect(outcome.text).toContain('an error page');
    expect(outcome.text).toContain('reload the page');
    expect(outcome.text).not.toContain('Empty tabs');
  });

  it('opens the options page', async () => {
    await firefox.openPage(firefox.extensionUrl('options.html'));
    await expect
      .poll(() => firefox.evaluateInPage(`document.querySelector('h1')?.textContent ?? ''`))
      .toBe('Plainpage settings');
    await firefox.pageScreenshot(resultPath('firefox-options-page'));
  });

  it('keeps a setting changed on the options page', async () => {
    const dark = `document.querySelector('label.pp-choice[data-value="dark"] input')`;
    await firefox.openPage(firefox.extensionUrl('options.html'));
    await expect.poll(() => firefox.evaluateInPage(`Boolean(${dark})`)).toBe(true);
    await firefox.evaluateInPage(`${dark}.click()`);
    await expect.poll(() => firefox.evaluateInPage(`browser.storage.sync.get('settings').then((s) => s.settings?.theme ?? null)`)).toBe('dark');
    await firefox.openPage(firefox.extensionUrl('options.html'));
    await expect.poll(() => firefox.evaluateInPage(`${dark}?.checked ?? false`)).toBe(true);
  });
});
