import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { elementsWithTag } from '../../src/core/pipeline/tag-lookup.ts';
import { parse } from './page.ts';

const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** Every whole page written for the fixture tests. */
function fixturePages(): Array<{ name: string; html: string }> {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(fixturesDir, entry.name, 'source.html')))
    .map((entry) => ({ name: entry.name, html: readFileSync(join(fixturesDir, entry.name, 'source.html'), 'utf8') }));
}

const page = parse(`<!DOCTYPE html><html><head><title>Lookup</title><style>p{}</style></head><body>
<div id="outer"><p id="a">One <span id="b">two</span></p><section id="c"><p id="d">Three</p><ul id="e"><li id="f">Four</li></ul></section></div>
<svg id="g"><a id="h"><text>Link</text></a><foreignObject id="i"><p id="j">In SVG</p></foreignObject></svg>
<table id="k"><tr id="l"><td id="m"><p id="n">Cell</p></td></tr></table></body></html>`);

const ids = (elements: ArrayLike<Element>) => Array.from(elements, (element) => element.id || element.localName);

describe('the tag lookup Readability is given', () => {
  it.each([
    [['p']],
    [['P', 'LI', 'TD', 'SPAN']],
    [['h1', 'h2', 'section', 'p']],
    [['a']],
    [['style', 'script']],
    [['foreignobject', 'TABLE', 'tr']],
  ])('finds what querySelectorAll finds for %j, in the same order, on the page and in a block', (names) => {
    const outer = page.getElementById('outer');
    expect(outer).not.toBeNull();
    if (!outer) return;
    expect(ids(elementsWithTag(page, names))).toEqual(ids(page.querySelectorAll(names.join(','))));
    expect(ids(elementsWithTag(outer, names))).toEqual(ids(outer.querySelectorAll(names.join(','))));
    expect(elementsWithTag(page, names).length).toBeGreaterThan(0);
  });

  it('never counts the element it is asked about', () => {
    const section = page.getElementById('c');
    expect(section && ids(elementsWithTag(section, ['section', 'p']))).toEqual(['d']);
  });

  it('hands back a list that removals do not change', () => {
    const copy = parse(page.documentElement.outerHTML);
    const found = elementsWithTag(copy.body, ['p', 'li']);
    const single = elementsWithTag(copy.body, ['p']);
    for (const element of Array.from(found)) element.remove();
    expect(found.length).toBe(5);
    expect(single.length).toBe(4);
  });

  it('leaves Readability reading every fixture page exactly as it reads it with querySelectorAll', () => {
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThan(50);
    for (const { name, html } of pages) {
      const own = new Readability(parse(html)).parse();
      const withLookup = new Readability(parse(html));
      Reflect.set(withLookup, '_getAllNodesWithTag', elementsWithTag);
      expect(withLookup.parse()?.content, name).toBe(own?.content);
    }
  });
});
