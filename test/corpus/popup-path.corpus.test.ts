// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../src/content/serialize-page.ts';
import { parseInBrowser } from '../../src/reading/parse-html.ts';
import { readPage } from '../../src/reading/read-page.ts';
import { allPages, ANSWERS } from './corpora.ts';

const quiet = new VirtualConsole();
const REQUEST = { disabledRules: [], removeSelectors: [], textFallback: false, keepRemovalSlots: true };

describe('every benchmark page through the popup’s path: the content script’s copy, parsed by DOMParser', () => {
  it('reads every page with an article or a clear answer, never an unexpected failure', async () => {
    const failures: string[] = [];
    for (const page of allPages()) {
      const live = new JSDOM(gunzipSync(readFileSync(page.file)).toString('utf8'), { url: page.url, virtualConsole: quiet });
      const parts = await serializeDocument(live.window.document, { isVisible: () => true, yieldToPage: () => Promise.resolve(), now: () => 0 });
      live.window.close();
      const result = readPage({ url: page.url, contentType: 'text/html', html: parts.join('') }, REQUEST, parseInBrowser);
      if (!result.ok && !ANSWERS.has(result.failure.code)) failures.push(`${page.corpus}/${page.id}: ${result.failure.code} ${'detail' in result.failure ? (result.failure.detail ?? '') : ''}`);
    }
    expect(failures).toEqual([]);
  });
});
