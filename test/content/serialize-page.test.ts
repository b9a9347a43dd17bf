import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PART_CHARS, serializeDocument, type SerializeOptions } from '../../src/content/serialize-page.ts';
import { HIDDEN_MARK } from '../../src/reading/page-copy.ts';

const quiet = new VirtualConsole();

const PAGE = `<!DOCTYPE html><html lang="de" dir="ltr"><head><meta charset="utf-8"><title>Fähre &amp; Hafen</title>
<base href="/nachrichten/"><style>.aside { display: none }</style>
<script>window.tracking = "</p>";</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fähre fährt","author":{"name":"Anna Berg"}}</script>
</head><body><article><h1>Die Fähre fährt im Winter seltener</h1>
<p>Ab November &lt;alle&gt; 90&nbsp;Minuten, sagt "die Behörde".</p>
<img data-src="bilder/faehre.jpg" src="platzhalter.gif" alt="Die Fähre">
<a href="plan.html">Fahrplan</a>
<div class="aside" ${HIDDEN_MARK}="page-set"><p>Versteckte Kopie</p><p>Zweiter Absatz</p></div>
<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient><rect width="10" height="10"/></svg>
<template><p>Vorlage</p></template><!-- Kommentar -->
</article></body></html>`;

function page(html = PAGE): Document {
  return new JSDOM(html, { url: 'https://hafen.example/artikel/faehre', virtualConsole: quiet }).window.document;
}

function reparse(html: string): Document {
  return new JSDOM(html, { virtualConsole: quiet }).window.document;
}

/** The copy as the popup puts it back together: its parts joined in order. */
async function copyOf(doc: Document, settings: SerializeOptions): Promise<string> {
  return (await serializeDocument(doc, settings)).join('');
}

function options(overrides: Partial<SerializeOptions> = {}): SerializeOptions {
  return {
    isVisible: (element) => !element.classList.contains('aside'),
    yieldToPage: () => Promise.resolve(),
    now: () => 0,
    ...overrides,
  };
}

describe('serializeDocument', () => {
  it('keeps what the core reads: language, title, structured data, lazy images, text and links', async () => {
    const doc = page();
    const data = doc.querySelector('script[type="application/ld+json"]');
    if (data) data.textContent = '{"headline":"Fähre </script> fährt","author":{"name":"Anna Berg"}}';
    const copy = reparse(await copyOf(doc, options()));
    expect(copy.documentElement.lang).toBe('de');
    expect(copy.documentElement.dir).toBe('ltr');
    expect(copy.title).toBe('Fähre & Hafen');
    const copied = JSON.parse(copy.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { headline: string };
    expect(copied.headline).toBe('Fähre </script> fährt');
    expect(copy.querySelector('img')?.getAttribute('data-src')).toBe('bilder/faehre.jpg');
    expect(copy.querySelector('article p')?.textContent).toBe('Ab November <alle> 90\u00a0Minuten, sagt "die Behörde".');
    expect(copy.querySelector('svg linearGradient')).not.toBeNull();
  });

  it('writes a <noscript> of a page that runs scripts so that the copy, parsed without scripts, ends it where the page did', async () => {
    const doc = new JSDOM(`<!DOCTYPE html><body><article><p>Before.</p>
<noscript><img src="harbour.jpg" alt="Harbour"></noscript>
<noscript><p title="</noscript><img src="x.png" alt="Trap">"></p></noscript>
<p>After the trap.</p></article></body>`, { runScripts: 'dangerously', virtualConsole: quiet }).window.document;
    expect(doc.querySelector('noscript')?.firstChild?.nodeType).toBe(doc.TEXT_NODE);
    const paragraphs = (d: Document) => Array.from(d.querySelectorAll('article > p'), (p) => p.textContent);
    const copy = reparse(await copyOf(doc, options()));
    expect(paragraphs(copy)).toEqual(paragraphs(doc));
    expect(paragraphs(copy)).toContain('After the trap.');
    expect(copy.querySelector('noscript > img')?.getAttribute('src')).toBe('harbour.jpg');
  });

  it('carries no <base>, which the extension page’s policy would refuse, not even the page’s own', async () => {
    const html = await copyOf(page(), options());
    expect(reparse(html).querySelectorAll('base')).toHaveLength(0);
    expect(html).not.toContain('<base');
  });

  it('leaves out event handlers and inline styles (an SVG’s <style> too), which the popup’s policy refuses, and keeps every other attribute', async () => {
    const doc = page(`<!DOCTYPE html><body><article><p class="lead" onclick="steal()" style="color: red" data-x="1" title="Hafen">Die Fähre.</p>
<img src="faehre.jpg" onerror="steal()" alt="Fähre"><svg onload="steal()" style="fill: red"><style>rect { fill: red }</style><rect width="1"></rect></svg>
<noscript><img src="pixel.gif" style="display:none" onload="count()" alt=""><style>p { color: red }</style></noscript></article></body>`);
    const copy = reparse(await copyOf(doc, options()));
    const attributes = (selector: string) => copy.querySelector(selector)?.getAttributeNames().sort();
    expect(attributes('p')).toEqual(['class', 'data-x', 'title']);
    expect(attributes('img')).toEqual(['alt', 'src']);
    expect(attributes('svg')).toEqual([]);
    expect(copy.querySelector('svg')?.innerHTML).toBe('<rect width="1"></rect>');
    expect(copy.querySelector('noscript')?.innerHTML).toBe('<img src="pixel.gif" alt="">');
  });

  it('leaves out scripts, styles, templates and comments', async () => {
    const html = await copyOf(page(), options());
    expect(html).not.toContain('tracking');
    expect(html).not.toContain('display: none');
    expect(html).not.toContain('Vorlage');
    expect(html).not.toContain('Kommentar');
  });

  it('marks only the topmost hidden element, asks nothing below it, and ignores marks the page set itself', async () => {
    const asked: string[] = [];
    const isVisible = (element: Element): boolean => {
      asked.push(element.textContent.trim().slice(0, 20));
      return !element.classList.contains('aside');
    };
    const doc = page();
    const copy = reparse(await copyOf(doc, options({ isVisible })));
    const marked = Array.from(copy.querySelectorAll(`[${HIDDEN_MARK}]`));
    expect(marked.map((element) => element.className)).toEqual(['aside']);
    expect(marked[0]?.getAttribute(HIDDEN_MARK)).toBe('');
    expect(asked).not.toContain('Zweiter Absatz');
    expect(doc.querySelector('.aside')?.getAttribute(HIDDEN_MARK)).toBe('page-set');
  });

  it('writes the text of an element that holds only text escaped and without its comments', async () => {
    const doc = page('<!DOCTYPE html><html><body><p id="leaf">1 &lt; 2 &amp;&amp; <!-- Notiz -->3&nbsp;&gt; 2</p></body></html>');
    const html = await copyOf(doc, options());
    expect(html).toContain('<p id="leaf">1 &lt; 2 &amp;&amp; 3&nbsp;&gt; 2</p>');
    expect(reparse(html).getElementById('leaf')?.textContent).toBe('1 < 2 && 3\u00a0> 2');
  });

  it('gives the page its thread back between slices', async () => {
    let clock = 0;
    let yields = 0;
    const body = Array.from({ length: 400 }, (_, i) => `<p>Absatz <em>${i}</em></p>`).join('');
    const html = await copyOf(page(`<!DOCTYPE html><html><body>${body}</body></html>`), options({
      now: () => (clock += 4),
      yieldToPage: () => {
        yields += 1;
        return Promise.resolve();
      },
    }));
    expect(yields).toBeGreaterThan(10);
    expect(reparse(html).querySelectorAll('p')).toHaveLength(400);
  });

  it('hands a large page over in parts cut between nodes, which joined in order are the whole copy', async () => {
    const line = 'Der Fahrplan für den Winter: die letzte Fähre verlässt den Hafen um neun Uhr, bei Sturm früher. ';
    const body = Array.from({ length: 12_000 }, (_, i) => `<p id="p${i}">${i} 🚢 ${line.repeat(2)}</p>`).join('');
    const parts = await serializeDocument(page(`<!DOCTYPE html><html><body>${body}</body></html>`), options());
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(PART_CHARS);
    // Cut between nodes, never inside a character: no part begins or ends with half of a 🚢.
    for (const part of parts) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    const copy = reparse(parts.join(''));
    expect(copy.querySelectorAll('p')).toHaveLength(12_000);
    expect(copy.getElementById('p11999')?.textContent).toBe(`11999 🚢 ${line.repeat(2)}`);
  });

  it("hands a large page's opening on as soon as it is copied, as the first part", async () => {
    const body = Array.from({ length: 3_000 }, (_, i) => `<p>${i} ${'Die Fähre fährt um neun. '.repeat(4)}</p>`).join('');
    const cut: string[] = [];
    let cutBeforeEnd = false;
    let clock = 0;
    const walk = serializeDocument(page(`<!DOCTYPE html><html><body>${body}</body></html>`), options({
      opening: { chars: 20_000, cut: (opening) => cut.push(opening) },
      now: () => (clock += 4),
      yieldToPage: () => {
        cutBeforeEnd ||= cut.length > 0;
        return Promise.resolve();
      },
    }));
    const parts = await walk;
    expect(cut).toHaveLength(1);
    expect(cutBeforeEnd).toBe(true);
    expect(cut[0]).toBe(parts[0]);
    expect(parts[0]?.length).toBeLessThan(30_000);
    expect(reparse(parts.join('')).querySelectorAll('p')).toHaveLength(3_000);
  });

  it('stays well-formed when the page removes and adds elements while it is being copied', async () => {
    const body = Array.from({ length: 60 }, (_, i) => `<section id="s${i}"><p>Absatz ${i}</p><p>Mehr ${i}</p></section>`).join('');
    const doc = page(`<!DOCTYPE html><html><body><main>${body}</main><footer>Ende</footer></body></html>`);
    let clock = 0;
    let round = 0;
    const html = await copyOf(doc, options({
      now: () => (clock += 1),
      yieldToPage: () => {
        round += 1;
        doc.getElementById(`s${round * 2}`)?.remove();
        doc.querySelector('main')?.append(doc.createElement('aside'));
        if (round === 3) doc.querySelector('main')?.remove();
        return Promise.resolve();
      },
    }));
    const copy = reparse(html);
    expect(copy.querySelector('footer')?.textContent).toBe('Ende');
    expect(copy.querySelector('#s0 p')?.textContent).toBe('Absatz 0');
    expect(html.match(/<section/g)?.length).toBe(html.match(/<\/section>/g)?.length);
  });

  it('copies what an open shadow root shows in place of its host’s own children, slotted nodes included', async () => {
    const doc = page('<!DOCTYPE html><html><body><news-story><span slot="byline">Von Anna Berg</span><p slot="nirgends">Nicht gezeigt</p></news-story></body></html>');
    const host = doc.querySelector('news-story');
    if (!host) throw new Error('The page has no <news-story>.');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<style>p { margin: 0 }</style><article><h1>Die Fähre fährt</h1><slot name="byline"></slot><p>Erster Absatz.</p>' +
      '<div class="aside"><p>Versteckt</p></div><slot>Ersatztext</slot></article>';
    const html = await copyOf(doc, options());
    const copy = reparse(html);
    expect(copy.querySelector('news-story > article > h1')?.textContent).toBe('Die Fähre fährt');
    expect(copy.querySelector('article slot[name="byline"] > span')?.textContent).toBe('Von Anna Berg');
    expect(copy.querySelector('article > p')?.textContent).toBe('Erster Absatz.');
    expect(copy.querySelector('article slot:not([name])')?.textContent).toBe('Ersatztext');
    expect(copy.querySelector('.aside')?.hasAttribute(HIDDEN_MARK)).toBe(true);
    expect(html).not.toContain('Nicht gezeigt');
    expect(html).not.toContain('margin');
  });
});
