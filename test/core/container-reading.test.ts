import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isContentContainer, narrowToContainer } from '../../src/core/pipeline/container-reading.ts';
import { pageProse, proseLength } from '../../src/core/pipeline/prose.ts';

const sentence = 'The ferry left the quay at dawn, loaded with cattle, post and the schoolteacher. ';

/** A page whose <main> holds a story in section wrappers and a row of short product tiles. */
function page(): Document {
  const section = (title: string) =>
    `<div class="sect"><h2>${title}</h2><div class="body"><div class="para"><p>${sentence.repeat(4)}</p></div><div class="para"><p>${sentence.repeat(3)}</p></div></div></div>`;
  const tile = (name: string) => `<div class="tile"><h3><a href="/shop/${name}">${name} ticket</a></h3><p>From £4</p></div>`;
  return new JSDOM(`<!DOCTYPE html><title>Ferries</title><body><nav><a href="/">Home</a> <a href="/timetable">Timetable</a></nav>
<main><article>${section('Morning')}${section('Evening')}</article><div class="tiles">${tile('day')}${tile('week')}</div></main>
<footer><p>Ferry company</p></footer></body>`).window.document;
}

describe('a reading narrowed to the declared container', () => {
  it('measures the page and its largest declared container by their prose: paragraphs not mostly links', () => {
    const doc = page();
    const storyCharacters = sentence.replace(/\s+/g, '').length * 14;
    const tiles = 'From£4'.length * 2;
    expect(proseLength(doc.querySelector('article') ?? doc)).toBe(storyCharacters);
    expect(pageProse(doc, isContentContainer)).toEqual({ total: storyCharacters + tiles + 'Ferrycompany'.length, largestContainer: storyCharacters + tiles });
  });

  it('counts a page without a declared container as having none', () => {
    const doc = page();
    doc.querySelector('main')?.replaceWith(...Array.from(doc.querySelector('article')?.childNodes ?? []));
    expect(pageProse(doc, isContentContainer).largestContainer).toBe(0);
  });

  it('keeps only the smallest container long enough, its section wrappers unwrapped and its short boxes whole', () => {
    const doc = page();
    expect(narrowToContainer(doc, proseLength(doc.querySelector('article') ?? doc))).toBe(true);
    expect(doc.body.children).toHaveLength(1);
    expect(doc.body.firstElementChild?.tagName).toBe('ARTICLE');
    expect(doc.querySelectorAll('.sect, .body, .para')).toHaveLength(0);
    expect(doc.querySelectorAll('article > h2, article > p')).toHaveLength(6);
    expect(doc.querySelector('nav')).toBeNull();
  });

  it('takes the larger container when the smaller one is too short, and keeps a short box of blocks whole', () => {
    const doc = page();
    expect(narrowToContainer(doc, proseLength(doc.querySelector('article') ?? doc) + 1)).toBe(true);
    expect(doc.body.firstElementChild?.tagName).toBe('MAIN');
    expect(doc.querySelectorAll('.tile')).toHaveLength(2);
  });

  it('leaves the page alone when no declared container is long enough', () => {
    const doc = page();
    const before = doc.body.innerHTML;
    expect(narrowToContainer(doc, 100_000)).toBe(false);
    expect(doc.body.innerHTML).toBe(before);
  });
});
