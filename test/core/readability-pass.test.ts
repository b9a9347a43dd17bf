import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readabilityPass, SIEVE } from '../../src/core/pipeline/readability-pass.ts';

const PAGE = 'https://ferries.example/news/winter';

const story = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${String(i + 1)} of the ferry story, long enough to be read as prose by any extractor, with a clause or two more.</p>`).join('');

/** An introduction, then the story in blocks whose class names Readability weighs against. */
function page(): Document {
  return new JSDOM(`<!DOCTYPE html><title>Ferries</title><body><article><h1>Ferries</h1>${story(6)}
<div class="pick-widget"><div class="pick-widget__inner">${story(8).replaceAll('ferry story', 'widget story')}</div></div></article></body>`).window.document;
}

describe('Readability with another sieve', () => {
  it('relies on Readability keeping its sieve in _flags, all three flags on (pinned 0.6.0)', () => {
    expect(Reflect.get(new Readability(page()), '_flags')).toBe(SIEVE.full);
  });

  it('keeps blocks whose class names Readability weighs against only when the sieve drops the weights', () => {
    expect(readabilityPass(page(), SIEVE.full, PAGE)?.parsed.textContent).not.toContain('widget story');
    expect(readabilityPass(page(), SIEVE.withoutClassWeights, PAGE)?.parsed.textContent).toContain('Paragraph 8 of the widget story');
  });

  it('tells the sieve it read with: the one given, or the looser one Readability fell back to', () => {
    const widgetsOnly = () => new JSDOM(`<!DOCTYPE html><title>Ferries</title><body><div class="pick-widget">${story(8)}</div><footer class="site-footer"><p>${story(1)}</p></footer></body>`).window.document;
    expect(readabilityPass(page(), SIEVE.full, PAGE)?.sieve).toBe(SIEVE.full);
    expect(readabilityPass(widgetsOnly(), SIEVE.full, PAGE)?.sieve).toBe(SIEVE.withoutWeightsOrStripping);
    expect(readabilityPass(widgetsOnly(), SIEVE.withoutClassWeights, PAGE)?.sieve).toBe(SIEVE.withoutClassWeights);
  });

  it('counts what its conditional cleaning took out: read without it, the page holds that much more, give or take white space', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/ferries/${String(i)}">Timetable for route ${String(i + 1)}</a>`).join(' ');
    const withLinks = () => new JSDOM(`<!DOCTYPE html><title>Ferries</title><body><article><h1>Ferries</h1>${story(6)}<div class="routes">${links}</div>${story(2)}</article></body>`).window.document;
    const first = readabilityPass(withLinks(), SIEVE.full, PAGE);
    const without = readabilityPass(withLinks(), SIEVE.withoutConditionalCleaning, PAGE);
    expect(first?.sieve).toBe(SIEVE.full);
    expect(first?.parsed.textContent).not.toContain('Timetable for route 12');
    expect(without?.parsed.textContent).toContain('Timetable for route 12');
    const bound = (first?.parsed.length ?? 0) + (first?.cleanedConditionally ?? 0);
    expect(without?.parsed.length).toBeGreaterThan(bound * 0.95);
    expect(without?.parsed.length).toBeLessThanOrEqual(bound * 1.05);
  });

  it('makes the addresses of the article absolute against the address of the page, not of the document, and drops javascript: links', () => {
    const doc = new JSDOM(`<!DOCTYPE html><title>Ferries</title><body><article><h1>Ferries</h1>${story(5)}
<p>See <a href="/timetable">the timetable</a>, <a href="#fares">the fares</a> and <a href="javascript:print()">print</a> or
<a href="javascript:void(0)"><b>share</b> it</a>. <img src="img/ferry.jpg" srcset="img/ferry-2x.jpg 2x, https://cdn.example/f.jpg 3x" alt="A ferry"></p></article></body>`, { url: 'https://elsewhere.example/' }).window.document;
    const content = readabilityPass(doc, SIEVE.full, PAGE)?.parsed.content as Element | undefined;
    const links = Array.from(content?.querySelectorAll('a') ?? [], (link) => link.getAttribute('href'));
    expect(links).toEqual(['https://ferries.example/timetable', '#fares']);
    expect(content?.textContent).toMatch(/and print or\s+share it\./);
    expect(content?.querySelector('span > b')?.textContent).toBe('share');
    const image = content?.querySelector('img');
    expect(image?.getAttribute('src')).toBe('https://ferries.example/news/img/ferry.jpg');
    expect(image?.getAttribute('srcset')).toBe('https://ferries.example/news/img/ferry-2x.jpg 2x, https://cdn.example/f.jpg 3x');
  });
});
