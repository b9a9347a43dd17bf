import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { boundHtml } from '../../src/reading/bounded-html.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const BUDGET = 150_000;
const STORY = [
  'The lock keeper at Bramford opened the upper gates at dawn so the first narrowboats of the season could pass.',
  'Eleven boats went through in the first two hours, most of them hired for the week by families from the towns.',
];

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lock season</title></head><body>${body}</body></html>`;
}

function article(): string {
  return `<article><h1>Lock season opens early</h1>${STORY.map((sentence) => `<p>${sentence}</p>`).join('')}</article>`;
}

interface Shape {
  depth: number;
  elements: number;
  /** How many elements of each name. */
  names: Map<string, number>;
  /** The page's text in document order, white space collapsed. */
  text: string;
}

/** The tree a page's HTML parses into, as jsdom would build it. */
function shape(html: string): Shape {
  const names = new Map<string, number>();
  const texts: string[] = [];
  let depth = 0;
  const stack: { node: T.Node; depth: number }[] = [{ node: parse(html), depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node } = top;
    if (node.nodeName === '#text' && 'value' in node) texts.push(node.value);
    if ('tagName' in node) {
      depth = Math.max(depth, top.depth);
      names.set(node.tagName, (names.get(node.tagName) ?? 0) + 1);
    }
    // Children pushed last to first, so they come off the stack in document order.
    if ('childNodes' in node) for (const child of [...node.childNodes].reverse()) stack.push({ node: child, depth: top.depth + 1 });
  }
  const elements = [...names.values()].reduce((sum, count) => sum + count, 0);
  return { depth, elements, names, text: texts.join(' ').replace(/\s+/g, ' ').trim() };
}

/** The HTML jsdom is handed; fails the test when the page is refused. */
function bounded(html: string, maxElements = BUDGET): string {
  const result = boundHtml(html, maxElements);
  if (!result.ok) throw new Error(`Refused with ${String(result.elements)} elements`);
  return result.html;
}

describe('boundHtml: pages within bounds', () => {
  const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        return [[entry.name, readFileSync(join(FIXTURES, entry.name, 'source.html'), 'utf8')] as const];
      } catch {
        return [];
      }
    });

  it('has fixture pages to read', () => {
    expect(fixtures.length).toBeGreaterThan(40);
  });

  it.each(fixtures)('hands %s to jsdom byte for byte as it came', (_name, html) => {
    expect(bounded(html)).toBe(html);
  });
});

describe('boundHtml: pages out of bounds', () => {
  it('unwraps formatting elements inside one of their own name: 1,200 unclosed <b> become one, the text in its order', () => {
    const words = Array.from({ length: 1_200 }, (_, i) => `<b class="gate${String(i)}">gate ${String(i)} `).join('');
    const html = page(`${article()}<p>${words}`);
    const after = shape(bounded(html));
    expect(shape(html).names.get('b')).toBe(1_200);
    expect(after.names.get('b')).toBe(1);
    expect(after.text).toBe(shape(html).text);
    expect(after.text).toContain('gate 1198 gate 1199');
  });

  it('collapses a chain of 300 <div> in <div> to one, its article kept; boxes with words of their own stay', () => {
    const chain = page(`${'<div>'.repeat(300)}${article()}${'</div>'.repeat(300)}`);
    const chained = shape(bounded(chain));
    expect(shape(chain).depth).toBeGreaterThan(300);
    expect(chained.depth).toBeLessThan(10);
    expect(chained.names.get('div')).toBe(1);
    expect(chained.text).toBe(shape(chain).text);

    const worded = page(`${Array.from({ length: 300 }, (_, i) => `<div>Level ${String(i)}.`).join('')}${article()}${'</div>'.repeat(300)}`);
    const kept = shape(bounded(worded));
    expect(kept.names.get('div')).toBe(300);
    expect(kept.text).toBe(shape(worded).text);
  });

  it('flattens nesting past 512 levels: 5,000 nested sections, each with its words, none lost', () => {
    const html = page(`${Array.from({ length: 5_000 }, (_, i) => `<section>Level ${String(i)}.`).join('')}${article()}`);
    const before = shape(html);
    const after = shape(bounded(html));
    expect(before.depth).toBeGreaterThan(5_000);
    expect(after.depth).toBeLessThanOrEqual(515);
    expect(after.names.get('section')).toBe(5_000);
    expect(after.text).toBe(before.text);
  });

  it('takes out 30,000 elements with nothing to read, and keeps a drop cap, a footnote mark, images and table cells', () => {
    const kinds = ['<span>x</span>', '<i class="icon"></i>', '<div>·</div>', '<a href="#top"></a>'];
    const tiny = Array.from({ length: 15_000 }, (_, i) => kinds[i % kinds.length] ?? '').join('');
    const story = `<article><h1>Lock season opens early</h1><p><span class="drop-cap">T</span>he lock keeper opened the gates<sup>1</sup> at dawn.</p>
<p>${STORY.join('</p><p>')}</p><img src="/gates.jpg" alt=""><table><tr><td></td><td>Gate</td></tr></table></article>`;
    const html = page(`<div class="ticker">${tiny}</div>${story}<aside>${tiny}</aside>`);
    const after = shape(bounded(html));
    expect(shape(html).elements).toBeGreaterThan(30_000);
    expect(after.elements).toBeLessThan(40);
    expect(after.text).toContain('The lock keeper opened the gates1 at dawn.');
    for (const sentence of STORY) expect(after.text).toContain(sentence);
    expect(after.names.get('img')).toBe(1);
    expect(after.names.get('td')).toBe(2);
  });

  it('refuses a page with more elements than the budget, counting what a <template> holds', () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) => `<p>Boat ${String(i)} went through.</p>`).join('');
    expect(boundHtml(page(`${article()}${paragraphs}`), 1_000)).toEqual({ ok: false, elements: 2_009 });
    expect(boundHtml(page(`${article()}<template>${paragraphs}</template>`), 1_000)).toEqual({ ok: false, elements: 2_010 });
    expect(boundHtml(page(`${article()}<template>${paragraphs}</template>`), 2_010)).toMatchObject({ ok: true });
  });
});
