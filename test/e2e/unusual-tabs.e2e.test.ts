import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { popupOutcome, type PopupOutcome } from './harness.ts';
import { LONG_PAGE_PARAGRAPHS, LONG_PAGE_PATH, LONG_PAGE_TITLE, serveLongPage } from './long-page.ts';
import { useChromiumSession } from './session.ts';
import { occurrences } from './text.ts';

const CANNOT_READ = 'Plainpage can’t read this page';
const STACK_LINE = /\bat\s+\S+:\d+:\d+/;

/** A one-page PDF saying `text`, with the byte offsets its cross-reference table needs. */
function pdfDocument(text: string): Buffer {
  const content = `BT /F1 18 Tf 20 60 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const FERRY_PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) => `<p>Crossing ${i + 1}: the ferry leaves the harbour on the hour, and in winter the late boats are cancelled when the wind on the sound is stronger than the crew allows.</p>`,
).join('');

/** The head of an article page and the whole article, then a body that never ends. */
function neverFinishing(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.write(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable for the winter</title></head>
<body><article><h1>Ferry timetable for the winter</h1>${FERRY_PARAGRAPHS}</article>`);
  const trickle = setInterval(() => response.write('<!-- still loading -->'), 200);
  request.on('close', () => { clearInterval(trickle); });
}

/** An article page whose script keeps the page's thread busy for seconds once it has loaded. */
function busyAfterLoad(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable for the winter</title></head><body><article><h1>Ferry timetable for the winter</h1>${FERRY_PARAGRAPHS}</article>
<script>addEventListener('load', () => setTimeout(() => { const end = Date.now() + 8000; while (Date.now() < end); }, 0));</script></body></html>`);
}

function servePdf(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdfDocument('Quarterly harbour report'));
}

function expectMessage(outcome: PopupOutcome, title: string, ...parts: string[]): void {
  expect(outcome.kind).toBe('message');
  expect(outcome.title).toBe(title);
  for (const part of parts) expect(outcome.text).toContain(part);
  expect(outcome.text).not.toMatch(STACK_LINE);
}

/** Pages made in code: a PDF, a page that never finishes loading, a page busy after load. */
const MADE_PAGES: Readonly<Record<string, RequestListener>> = {
  '/made/report.pdf': servePdf,
  '/made/never-finishes.html': neverFinishing,
  '/made/busy.html': busyAfterLoad,
  [LONG_PAGE_PATH]: (request, response) => { serveLongPage(request, response); },
};

function serveMadePages(request: IncomingMessage, response: ServerResponse): boolean {
  const route = MADE_PAGES[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
  if (route === undefined) return false;
  route(request, response);
  return true;
}

describe('what the popup says on unusual tabs', () => {
  const session = useChromiumSession({ serve: serveMadePages });

  it('explains that the extensions page is one of the browser’s own', async () => {
    const page = await session.browser.openPage('chrome://extensions');
    const popup = await session.browser.clickToolbar(page);
    expectMessage(await popupOutcome(popup), CANNOT_READ, 'Chrome’s own pages', 'Open an article on a website');
    await popup.close();
  });

  it('says an empty tab is off limits and what to open instead', async () => {
    const page = await session.browser.openPage('about:blank');
    const popup = await session.browser.clickToolbar(page);
    expectMessage(await popupOutcome(popup), CANNOT_READ, 'Empty tabs', 'Open an article on a website');
    await popup.close();
  });

  it('says a source view is off limits (the browser hides its address, so the message names it)', async () => {
    const address = `view-source:${session.server.url('/e2e/hidden-copy.html')}`;
    const page = await session.browser.openPage(address);
    const popup = await session.browser.clickToolbar(page, address);
    expectMessage(await popupOutcome(popup), CANNOT_READ, 'source view', 'Open an article on a website');
    await popup.close();
  });

  it('explains that the built-in PDF viewer cannot be read', async () => {
    const page = await session.browser.openPage(session.server.url('/made/report.pdf'));
    expect(await page.evaluate('document.contentType')).toBe('application/pdf');
    const popup = await session.browser.clickToolbar(page);
    expectMessage(await popupOutcome(popup), CANNOT_READ, 'built-in PDF viewer', 'zoom and search');
    await popup.close();
  });

  it('reads the article of a page that is still loading', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/made/never-finishes.html'), { waitUntil: 'commit' });
    await page.locator('article p').nth(7).waitFor();
    expect(await page.evaluate('document.readyState')).toBe('loading');
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup, 10_000);

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe('Ferry timetable for the winter');
    expect(outcome.text).toContain('Crossing 8: the ferry leaves the harbour');
    await popup.close();
  });

  it('says so when the tab goes to another site while the popup reads it', async () => {
    const page = await session.browser.openPage(session.server.url('/made/busy.html'));
    const popup = await session.browser.clickToolbar(page);
    await popup.waitFor(`document.querySelector('.pp-working') !== null`);
    await page.goto(session.server.url('/e2e/hidden-copy.html').replace('127.0.0.1', 'localhost'));
    expectMessage(await popupOutcome(popup), CANNOT_READ, 'went to another page', 'Click Plainpage again');
    await popup.close();
  });

  it('says so when the tab has gone to another site before the popup reads it again', async () => {
    const page = await session.browser.openPage(session.server.url('/e2e/no-article.html'));
    const popup = await session.browser.clickToolbar(page);
    expect((await popupOutcome(popup)).title).toBe('No article here');
    await page.goto(session.server.url('/e2e/hidden-copy.html').replace('127.0.0.1', 'localhost'));
    await popup.evaluate(`document.querySelector('.pp-message button').click()`);
    await popup.waitFor(`document.querySelector('.pp-message-title')?.textContent === ${JSON.stringify(CANNOT_READ)}`);
    expectMessage(await popupOutcome(popup), CANNOT_READ, 'went to another page', 'Click Plainpage again');
    await popup.close();
  });

  it('reads an article drawn inside an open shadow root, slotted byline included', async () => {
    const page = await session.browser.openPage(session.server.url('/e2e/shadow-article.html'));
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe('Winter ferry timetable cuts the late crossing');
    expect(outcome.text).toContain('the last ferry across the sound leaves the harbour at nine');
    expect(outcome.text).toContain('publish the passenger counts for every crossing');
    expect(outcome.text).toContain('Ines Harrow');
    expect(outcome.text).not.toContain('Weather');
    await popup.close();
  });

  it('shows the article\'s images from their relative addresses on the page\'s site', async () => {
    const page = await session.browser.openPage(session.server.url('/demo/index.html'));
    const popup = await session.browser.clickToolbar(page);
    expect((await popupOutcome(popup)).kind).toBe('article');
    const image = await popup.evaluate(`document.querySelector('.pp-body img')?.getAttribute('src') ?? ''`);
    expect(image).toBe(session.server.url('/demo/river-path.svg'));
    await popup.close();
  });

  it('reads a page of several megabytes, which the page hands over in parts, whole and in order', async () => {
    const page = await session.browser.openPage(session.server.url(LONG_PAGE_PATH));
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup, 20_000);

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe(LONG_PAGE_TITLE);
    for (const paragraph of LONG_PAGE_PARAGRAPHS) expect(occurrences(outcome.text, paragraph)).toBe(1);
    expect(outcome.text).not.toContain('Harbour archive entry');
    await popup.close();
  });

  it('gives one coherent edition of a page that rewrites itself every few milliseconds', async () => {
    const page = await session.browser.openPage(session.server.url('/e2e/rewriting-article.html'));
    const popup = await session.browser.clickToolbar(page);
    const outcome = await popupOutcome(popup);

    expect(outcome.kind).toBe('article');
    expect(outcome.title).toBe('Live harbour log');
    const editions = new Set([...outcome.text.matchAll(/Edition (\d+), entry \d+/g)].map((match) => match[1]));
    expect(editions.size).toBe(1);
    expect([...outcome.text.matchAll(/Edition \d+, entry \d+/g)]).toHaveLength(400);
    await popup.close();
  });
});
