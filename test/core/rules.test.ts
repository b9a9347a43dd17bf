import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractPageText } from '../../src/core/index.ts';
import type { Article, ExtractOptions } from '../../src/core/types.ts';
import { articlePage, parse, prose } from './page.ts';

function extract(doc: Document, options: Partial<ExtractOptions> = {}): Article {
  const result = extractArticle(doc, { url: doc.URL, ...options });
  if (!result.ok) throw new Error(`expected an article, got ${result.failure.code}: ${result.failure.message}`);
  return result.article;
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('text', () => {
  it('puts one line break between blocks, so adjacent blocks never glue together', () => {
    const article = extract(articlePage(`${prose()}<ul><li>First item</li><li>Second item</li></ul><p>Last words of the story here.</p>`));
    expect(article.text).toContain('First item\nSecond item\nLast words');
    expect(article.text).not.toMatch(/\n\n/);
  });

  it('leaves figure captions out of the text but keeps them in the html', () => {
    const figure = '<figure><img src="/img/ferry.jpg" alt=""><figcaption>The ferry at dawn leaving the inner harbour</figcaption></figure>';
    const article = extract(articlePage(`${prose(3)}${figure}${prose(3, 3)}`));
    expect(article.text).not.toContain('The ferry at dawn');
    expect(article.html).toContain('The ferry at dawn');
    expect(article.html).toContain('https://harbour.example/img/ferry.jpg');
  });
});

describe('duplicates', () => {
  it('removes a long paragraph printed a second time and keeps the first', () => {
    const repeated = '<p>The authority said a final decision on the extra Friday sailing would be taken at its December board meeting, after talks with the crew union.</p>';
    const article = extract(articlePage(`${repeated}${prose()}${repeated}`));
    expect(count(article.text, 'extra Friday sailing would be taken')).toBe(1);
    expect(article.removed.some((r) => r.rule === 'duplicates')).toBe(true);
  });

  it('keeps short answers that repeat, as in an interview', () => {
    const qa = '<p>Will the timetable change again in spring?</p><p>Yes.</p><p>Will fares rise with it?</p><p>Yes.</p><p>Is that fair to islanders?</p><p>Yes.</p>';
    const article = extract(articlePage(`${prose(3)}${qa}${prose(3, 3)}`));
    expect(article.text.split('\n').filter((line) => line === 'Yes.')).toHaveLength(3);
  });

  it('keeps a refrain written with line breaks, however often it comes back', () => {
    const refrain = '<p>Row, row the ferry home<br>Over the grey and the foam<br>Row, row the ferry home<br>Until the harbour lights come on and we are home</p>';
    const article = extract(articlePage(`${prose(2)}${refrain}<p>Second verse about the outer islands and the wind.</p>${refrain}${prose(2)}${refrain}`));
    expect(count(article.text, 'Over the grey and the foam')).toBe(3);
  });

  it('keeps repeated table cells', () => {
    const row = (name: string) => `<tr><td>${name}</td><td>Yes</td><td>No</td><td>Yes</td></tr>`;
    const table = `<table><tr><th>Route</th><th>Cars</th><th>Bikes</th><th>Dogs</th></tr>${row('North')}${row('South')}${row('East')}</table>`;
    const article = extract(articlePage(`${prose(3)}${table}${prose(3, 3)}`));
    expect(count(article.text, 'Yes No Yes')).toBe(3);
  });

  it('removes a pull quote that repeats a sentence of the body', () => {
    const quote = '<blockquote>Islanders who commute to the mainland for work said the longer gaps would make it hard</blockquote>';
    const article = extract(articlePage(`${prose(2)}${quote}${prose()}`));
    expect(article.removed.some((r) => r.reason.startsWith('Pull quote'))).toBe(true);
  });
});

describe('teasers', () => {
  it('removes an inline "READ MORE:" link paragraph and keeps the prose around it', () => {
    const article = extract(articlePage(`${prose(3)}<p><strong>READ MORE:</strong> <a href="/news/bridge">Bridge tolls to rise in spring</a></p>${prose(3, 3)}`));
    expect(article.text).not.toContain('Bridge tolls');
    expect(article.text).toContain('The harbour authority said the winter timetable');
  });

  it('removes related-article cards with neutral class names and truncated summaries', () => {
    const card = (slug: string, title: string) =>
      `<div class="x1"><a href="/news/${slug}"><img src="/t/${slug}.jpg" alt=""></a><div><h3><a href="/news/${slug}">${title}</a></h3><p>A short summary of another story that stops in the middle of a sentence because the site cut it off at a fixed length and</p></div></div>`;
    const article = extract(articlePage(`${prose()}<div class="x0">${card('a', 'Lighthouse keeper retires after forty years')}${card('b', 'New pontoon opens at the marina')}</div>`));
    expect(article.text).not.toContain('Lighthouse keeper');
    expect(article.text).not.toContain('New pontoon');
    expect(article.text).toContain('Local councillors have asked');
  });

  it('removes share bars, view counters and comment counters by their words, in several languages', () => {
    const widgets = '<div>Share · Copy link · Email</div><div>分享 微信 复制链接</div><span>1.2k views</span><div>0/500</div>';
    const article = extract(articlePage(`${prose()}${widgets}`));
    for (const clutter of ['Copy link', '复制链接', '1.2k views', '0/500']) expect(article.text).not.toContain(clutter);
  });

  it('keeps a sources list whose links point to other sites', () => {
    const sources = '<h2>Sources</h2><ul><li><a href="https://stats.example.org/ferries/2026">National ferry statistics, passenger numbers 2020 to 2026</a></li><li><a href="https://union.example.net/report">Crew union report on staffing levels at the harbour</a></li><li><a href="https://gov.example.com/islands">Island transport review, final report</a></li></ul>';
    const article = extract(articlePage(`${prose()}${sources}`));
    expect(article.text).toContain('National ferry statistics');
  });

  it('keeps body paragraphs that merely start with a clutter word', () => {
    const article = extract(articlePage(`${prose(3)}<p>Share prices of the ferry operator fell by a tenth after the announcement, and analysts said the company would struggle to recruit.</p>${prose(3, 3)}`));
    expect(article.text).toContain('Share prices of the ferry operator');
  });
});

describe('boilerplate and captions', () => {
  it('removes the byline and date line before the story and a copyright line after it', () => {
    const article = extract(articlePage(`<p>By Mara Quayle · <time datetime="2026-10-02">2 October 2026</time></p>${prose()}<p>© 2026 Harbour Gazette. All rights reserved.</p>`));
    expect(article.text).not.toContain('Mara Quayle');
    expect(article.text).not.toContain('All rights reserved');
  });

  it('takes a date alone off the end of the article, but not the last item of a list or a picture dated in its caption', () => {
    const ending = extract(articlePage(`${prose()}<p>12 Oct 2026</p>`));
    expect(ending.text).not.toContain('12 Oct 2026');
    expect(ending.removed.map((r) => r.reason)).toContain('Byline or date after the story');
    const listed = extract(articlePage(`${prose()}<p>Sailings this winter:</p><ul><li>Monday 3 November 2026</li><li>Monday 1 December 2026</li></ul>`));
    expect(listed.text).toContain('Monday 1 December 2026');
    const pictured = extract(articlePage(`${prose()}<figure><img src="/img/pier.jpg" alt="The north pier"><figcaption>3 March 2026</figcaption></figure>`));
    expect(pictured.html).toContain('/img/pier.jpg');
    expect(pictured.html).toContain('3 March 2026');
  });

  it("removes the biography of any of the byline's authors at the end, but not a line that opens with a company's one-word byline", () => {
    const bio = "Tomas is the Gazette's transport reporter and has covered the island ferries since 2019, when the first crew shortages began.";
    const two = extract(articlePage(`<p class="byline">By Mara Quayle and Tomas Ferreira-Lind</p>${prose()}<p>${bio}</p>`));
    expect(two.text).not.toContain(bio);
    expect(two.removed.map((r) => r.reason)).toContain('About the author, after the article');
    const pass = 'Harbourline Flex Pass, ten crossings in a year for the price of eight, on sale at every terminal.';
    const company = extract(articlePage(`<p class="byline">By Harbourline</p>${prose()}<p>${pass}</p>`));
    expect(company.text).toContain(pass);
  });

  it('removes gallery counters and photo credits that belong to no picture', () => {
    const article = extract(articlePage(`${prose(3)}<p>Photo: Ewan Tarr / Harbour Gazette</p><p>Image 2 of 9</p>${prose(3, 3)}`));
    expect(article.text).not.toContain('Ewan Tarr');
    expect(article.text).not.toContain('Image 2 of 9');
    expect(article.html).not.toContain('Ewan Tarr');
  });

  it('keeps a photo credit as a small line of its caption, from inside the caption or from after the figure', () => {
    const inCaption = '<figure><img src="/img/quay.jpg" alt=""><figcaption>The quay at low tide <span>Photo: Ewan Tarr / Harbour Gazette</span></figcaption></figure>';
    const after = '<figure><img src="/img/ferry.jpg" alt=""><figcaption>The ferry at dawn</figcaption></figure><p>Image 2 of 9</p><p>(Image credit: Harbour Authority)</p>';
    const bare = '<figure><img src="/img/crane.jpg" alt=""></figure><p>Courtesy of the Harbour Museum</p>';
    const article = extract(articlePage(`${prose(3)}${inCaption}${prose(2, 3)}${after}${prose(2, 5)}${bare}${prose(2, 7)}`));
    const doc = parse(`<body>${article.html}</body>`);
    expect(Array.from(doc.querySelectorAll('figure > figcaption > small'), (small) => small.textContent)).toEqual([
      'Photo: Ewan Tarr / Harbour Gazette',
      '(Image credit: Harbour Authority)',
      'Courtesy of the Harbour Museum',
    ]);
    expect(article.html).not.toContain('Image 2 of 9');
    expect(article.text).not.toMatch(/Ewan Tarr|Harbour Authority|Harbour Museum/);
  });

  it('keeps a caption signed with its credit, and removes the same caption printed again as a paragraph', () => {
    const signed = 'Crowds on the quay for the first sailing (Photo: Harbour Gazette)';
    const article = extract(articlePage(`${prose(3)}<figure><img src="/img/crowd.jpg" alt=""><figcaption>${signed}</figcaption></figure>${prose(2, 3)}<p>${signed}</p>${prose(2, 5)}`));
    expect(count(article.html, signed)).toBe(1);
    expect(article.html).toContain(`<figcaption>${signed}</figcaption>`);
  });
});

describe('before extraction', () => {
  it('never lets what the visibility oracle hides reach the article', () => {
    const doc = articlePage(`${prose()}<div class="m-copy"><p>A hidden copy of the text that only phones would show, long enough to count as a paragraph of its own here.</p></div>`);
    const article = extract(doc, { isVisible: (element) => !element.classList.contains('m-copy') });
    expect(article.text).not.toContain('A hidden copy');
    expect(article.removed.some((r) => r.rule === 'hidden')).toBe(true);
    expect(doc.querySelector('.m-copy')).not.toBeNull();
  });

  it('removes per-site selectors and ignores invalid ones', () => {
    const doc = articlePage(`${prose()}<div class="promo-box"><p>Buy a season ticket for the ferry today and save a great deal on every single crossing you make.</p></div>`);
    const article = extract(doc, { removeSelectors: ['.promo-box', '[[invalid'] });
    expect(article.text).not.toContain('season ticket');
    expect(article.removed.some((r) => r.rule === 'site-selectors')).toBe(true);
  });

  it('resolves lazy images and makes their addresses absolute', () => {
    const article = extract(articlePage(`${prose(3)}<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/lazy.jpg" alt="x"></figure>${prose(3, 3)}`));
    expect(article.html).toContain('src="https://harbour.example/img/lazy.jpg"');
  });

  it('turns a rule off when asked', () => {
    const article = extract(articlePage(`${prose()}<div>Share · Copy link · Email</div>`), { disabledRules: ['teasers'] });
    expect(article.text).toContain('Copy link');
  });

  it('cleans the same whether or not removals are restorable', () => {
    const seed = readFileSync(join(import.meta.dirname, '../fixtures/seed-news-page/source.html'), 'utf8');
    const plain = extract(parse(seed));
    const restorable = extract(parse(seed), { keepRemovalSlots: true });
    expect(restorable.text).toBe(plain.text);
    expect(restorable.removed.map((r) => r.text)).toEqual(plain.removed.map((r) => r.text));
  });

  it('leaves no empty list item or block around the marker of what was removed from it', () => {
    const forum = readFileSync(join(import.meta.dirname, '../fixtures/en-forum-post-numbers/source.html'), 'utf8');
    const plain = extract(parse(forum));
    const restorable = extract(parse(forum), { keepRemovalSlots: true });
    const postNumbers = restorable.removed.filter((r) => /^#\d$/.test(r.text));
    expect(postNumbers).toHaveLength(4);
    for (const removal of postNumbers) expect(restorable.html).toContain(`data-plainpage-slot="${String(removal.slot)}"`);
    const withoutMarkers = restorable.html.replace(/<span data-plainpage-slot="\d+" hidden=""><\/span>/g, '');
    const shape = (html: string) => html.replace(/\s+/g, ' ').replace(/> </g, '><');
    expect(shape(withoutMarkers)).toBe(shape(plain.html));
  });

  it('leaves slot markers where blocks went when removals must be restorable', () => {
    const article = extract(articlePage(`${prose()}<div>Share · Copy link · Email</div>`), { keepRemovalSlots: true });
    const removal = article.removed.find((r) => r.text.includes('Copy link'));
    expect(removal?.slot).not.toBeNull();
    expect(article.html).toContain(`data-plainpage-slot="${String(removal?.slot)}"`);
    expect(removal?.html).toContain('Copy link');
  });
});

describe('failures', () => {
  it('answers no-article for a page without an article', () => {
    const result = extractArticle(parse('<html><body><form><input name="user"><button>Sign in</button></form></body></html>'), { url: 'https://a.example/' });
    expect(result).toMatchObject({ ok: false, failure: { code: 'no-article' } });
  });

  it('answers too-large past the element budget', () => {
    const result = extractArticle(articlePage(prose()), { url: 'https://a.example/', maxElements: 10 });
    expect(result).toMatchObject({ ok: false, failure: { code: 'too-large' } });
  });

  it('answers not-html for an XML document without a body', () => {
    const doc = parse('<html><body></body></html>');
    const xml = doc.implementation.createDocument(null, 'feed', null);
    expect(extractArticle(xml, { url: 'https://a.example/' })).toMatchObject({ ok: false, failure: { code: 'not-html' } });
  });

  it('shows the page text anyway when asked, even without an article', () => {
    const doc = parse('<html><head><title>Opening hours</title></head><body><nav>Menu</nav><p>Open daily from nine to five.</p></body></html>');
    const result = extractPageText(doc, { url: 'https://a.example/' });
    expect(result.ok && result.article.text).toBe('Open daily from nine to five.');
  });

  it('shows the same page text when it may read the page in place, and leaves the page alone otherwise', () => {
    const html = '<html><head><title>Opening hours</title></head><body><nav>Menu</nav><p>Open <a href="/days">daily</a> from nine to five.</p></body></html>';
    const copied = parse(html);
    const before = copied.documentElement.outerHTML;
    const fromCopy = extractPageText(copied, { url: 'https://a.example/' });
    expect(copied.documentElement.outerHTML).toBe(before);
    expect(extractPageText(parse(html), { url: 'https://a.example/', consumeDocument: true })).toEqual(fromCopy);
  });

  it('never counts text the sanitiser drops with its element (the view sanitises the html)', () => {
    const article = extract(articlePage(`${prose(3)}<p>Share this <svg viewBox="0 0 8 8"><title>Glyph caption</title><text>Icon words</text></svg> story.</p>${prose(3, 3)}`));
    expect(article.text).toContain('Share this story.');
    expect(article.text).not.toMatch(/Glyph caption|Icon words/);
  });
});
