import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusPage } from '../../scripts/bench/corpora.ts';
import { launchFirefoxExtension, type FirefoxExtension } from '../e2e/firefox-harness.ts';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server.ts';
import { launchExtension, popupOutcome, type ExtensionBrowser, type PopupOutcome } from '../e2e/harness.ts';
import { allPages } from './corpora.ts';

/** Twenty zyte-dev pages, spread over the corpus. */
const SAMPLE: CorpusPage[] = allPages()
  .filter((page) => page.corpus === 'zyte-dev')
  .filter((_, index) => index % 4 === 0)
  .slice(0, 20);

/**
 * Serves the sample at /corpus/<id>.html, read from the corpus at run time (never copied). The
 * pages were saved with scripts off; their scripts stay off here too, or they would redirect and
 * call a network this machine does not have.
 */
function serveSample(request: IncomingMessage, response: ServerResponse): boolean {
  const page = SAMPLE.find((candidate) => request.url === `/corpus/${candidate.id}.html`);
  if (!page) return false;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(gunzipSync(readFileSync(page.file)));
  return true;
}

/** An article with text, or why not: any message (no article, an error) fails the page. */
function problem(outcome: PopupOutcome): string | null {
  if (outcome.kind !== 'article') return `a message: ${outcome.title}: ${outcome.text.slice(0, 200)}`;
  return outcome.text.trim().length < 200 ? `an article of ${String(outcome.text.trim().length)} characters` : null;
}

describe('twenty benchmark pages with a real toolbar click', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(serveSample);
  });
  afterAll(async () => {
    await server.close();
  });

  it('Chromium shows an article on each', async () => {
    const browser: ExtensionBrowser = await launchExtension({ lang: 'en-US' });
    const problems: string[] = [];
    try {
      for (const page of SAMPLE) {
        const tab = await browser.openPage(server.url(`/corpus/${page.id}.html`));
        const popup = await browser.clickToolbar(tab);
        const found = await popupOutcome(popup).then(problem, (error: unknown) => String(error));
        if (found) problems.push(`${page.id} (${page.url}): ${found}`);
        await popup.close();
        await tab.close();
      }
    } finally {
      await browser.close();
    }
    expect(problems).toEqual([]);
  });

  it('Firefox shows an article on each', async () => {
    const firefox: FirefoxExtension = await launchFirefoxExtension();
    const problems: string[] = [];
    try {
      for (const page of SAMPLE) {
        const found = await firefox
          .openPage(server.url(`/corpus/${page.id}.html`), 'interactive')
          .then(() => firefox.clickToolbar())
          .then(problem, (error: unknown) => String(error));
        if (found) problems.push(`${page.id} (${page.url}): ${found}`);
      }
    } finally {
      await firefox.close();
    }
    expect(problems).toEqual([]);
  });
});
