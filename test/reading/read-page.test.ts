// @vitest-environment jsdom
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../src/content/serialize-page.ts';
import type { CopyReply } from '../../src/reading/page-copy.ts';
import { parseInBrowser, TooManyElements } from '../../src/reading/parse-html.ts';
import { readCopyReply, readPage } from '../../src/reading/read-page.ts';
import { prose } from '../core/page.ts';

const quiet = new VirtualConsole();
const URL = 'https://harbour.example/news/ferry';
const REQUEST = { disabledRules: [], removeSelectors: [], textFallback: false, keepRemovalSlots: true };
const HIDDEN_COPY = 'A hidden copy of the timetable that only screen scrapers would ever see on this page.';

/** The live page: an article with a relative link and a lazy image, and a copy the page hides. */
function livePage(): Document {
  const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Winter ferries | Harbour News</title></head>
<body><main><article><h1>Winter ferries</h1>${prose()}
<p>See the <a href="timetable.html">full timetable</a> for every crossing.</p>
<figure><img data-src="/img/ferry.jpg" src="/img/placeholder.gif" alt="The ferry"><figcaption>The ferry at dawn</figcaption></figure>
</article><div class="stash"><p>${HIDDEN_COPY}</p></div></main></body></html>`;
  return new JSDOM(html, { url: URL, virtualConsole: quiet }).window.document;
}

async function copyOf(doc: Document): Promise<CopyReply> {
  const parts = await serializeDocument(doc, {
    isVisible: (element) => !element.classList.contains('stash'),
    yieldToPage: () => Promise.resolve(),
    now: () => 0,
  });
  return { ok: true, copy: { url: URL, contentType: 'text/html', html: parts.join('') } };
}

describe('readCopyReply', () => {
  it('reads the article from the copy as from the live page: hidden text out, links and images absolute, language kept', async () => {
    const result = readCopyReply(await copyOf(livePage()), REQUEST, parseInBrowser);
    if (!result.ok) throw new Error(result.failure.message);
    const { article } = result;
    expect(article.url).toBe(URL);
    expect(article.lang).toBe('en-GB');
    expect(article.text).toContain('full timetable');
    expect(article.text).not.toContain(HIDDEN_COPY);
    expect(article.removed.filter((removal) => removal.rule === 'hidden').map((removal) => removal.text)).toEqual([HIDDEN_COPY]);
    expect(article.html).toContain('href="https://harbour.example/news/timetable.html"');
    expect(article.html).toContain('src="https://harbour.example/img/ferry.jpg"');
  });

  it('honours the hidden mark however a saved copy spells it: attribute names are not case-sensitive', async () => {
    const reply = await copyOf(livePage());
    if (!reply.ok) throw new Error('no copy');
    const html = reply.copy.html.replace('data-plainpage-hidden', 'DATA-PLAINPAGE-HIDDEN');
    expect(html).not.toContain('data-plainpage-hidden');
    const result = readPage({ ...reply.copy, html }, REQUEST, parseInBrowser);
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.article.text).not.toContain(HIDDEN_COPY);
  });

  it('passes the content script’s own failures through untouched', () => {
    const restricted = { ok: false, failure: { code: 'restricted', message: 'No.', hint: 'Elsewhere.' } } as const;
    expect(readCopyReply(restricted, REQUEST, parseInBrowser)).toBe(restricted);
  });

  it('gives a page that is not HTML its clear failure', () => {
    const feed = { ok: true, copy: { url: URL, contentType: 'application/xml', html: '<rss><channel><title>Feed</title></channel></rss>' } } as const;
    const result = readCopyReply(feed, REQUEST, parseInBrowser);
    expect(result.ok ? 'ok' : result.failure.code).toBe('not-html');
  });
});

describe('readPage', () => {
  it('answers too-large, in words, when the parser refuses a page over the element budget', () => {
    const refusing = (): never => {
      throw new TooManyElements(200_007, 150_000);
    };
    const copy = { url: URL, contentType: 'text/html', html: '<p>Boat 1 went through.</p>' };
    expect(readPage(copy, REQUEST, refusing)).toEqual({
      ok: false,
      failure: { code: 'too-large', message: 'This page has 200,007 elements, more than Plainpage reads (150,000).' },
    });
  });
});
