import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pageBlocks, restoreMissedOpening } from '../../src/core/pipeline/missed-opening.ts';
import { readabilityPass, SIEVE } from '../../src/core/pipeline/readability-pass.ts';

const PAGE = 'https://canals.example/guides/locks';

const sentence = (topic: string, n: number) => `${topic} ${String(n)} takes the boat through the flight, gate by gate, with a windlass in one hand, the rope in the other, and plenty of time for the next boat waiting below.`;

/** The body: sections of a subheading and paragraphs, deep in a builder's wrappers. */
function body(): string {
  const sections = Array.from({ length: 5 }, (_, s) => `<h2>Step ${String(s + 1)}</h2><p>${sentence(`Step ${String(s + 1)}, part`, 1)}</p><p>${sentence(`Step ${String(s + 1)}, part`, 2)}</p>`).join('');
  return `<div class="section"><div class="column"><div class="widget"><div class="text">${sections}</div></div></div></div>`;
}

/** A page whose headline stands in a hero box (with `beside` after it), the introduction in a section of its own, then the body. */
function page(intro: string, beside = '<p>By Ada Wren</p>'): Document {
  return new JSDOM(`<!DOCTYPE html><title>Working a lock</title><body><div class="hero"><div class="column"><h1>Working a lock</h1>${beside}</div></div>
<div class="section"><div class="column"><div class="widget"><div class="text">${intro}</div></div></div></div>${body()}</body>`).window.document;
}

const INTRO_1 = 'Nobody forgets their first lock: the gates are heavier than they look, the paddles louder, and the boat behind you is always in more of a hurry than you are. See <a href="/guides/windlass">our windlass guide</a> first.';
const INTRO_2 = 'This guide walks through a broad lock going uphill, the common case on the main line, and ends with the three mistakes that cause most of the damage done to boats and gates every summer.';

function read(doc: Document): { text: string; html: string } {
  const blocks = pageBlocks(doc);
  const root = readabilityPass(doc, SIEVE.full, PAGE)?.parsed.content as Element;
  restoreMissedOpening(root, blocks, PAGE);
  return { text: root.textContent.replace(/\s+/g, ' '), html: root.innerHTML };
}

describe('the opening Readability missed', () => {
  it('misses an introduction printed in a section of its own (so the tests below test something)', () => {
    const doc = page(`<p>${INTRO_1}</p><p>${INTRO_2}</p>`);
    expect(readabilityPass(doc, SIEVE.full, PAGE)?.parsed.textContent).not.toContain('Nobody forgets');
  });

  it('puts the introduction back before the body, once, in page order, with its addresses made absolute', () => {
    const { text, html } = read(page(`<p>${INTRO_1}</p><p>${INTRO_2}</p>`));
    const first = text.indexOf('Nobody forgets');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(text.lastIndexOf('Nobody forgets')).toBe(first);
    expect(first).toBeLessThan(text.indexOf('This guide walks'));
    expect(text.indexOf('This guide walks')).toBeLessThan(text.indexOf('Step 1, part 1'));
    expect(html).toContain('href="https://canals.example/guides/windlass"');
    expect(text).not.toContain('By Ada Wren');
  });

  it("leaves a line in the headline's box alone, and takes the box's paragraphs when they are the story's first", () => {
    const disclosure = '<p>We may earn a commission when you buy a windlass through the links on this page, at no cost to you.</p>';
    const withDisclosure = read(page(`<p>${INTRO_1}</p><p>${INTRO_2}</p>`, disclosure)).text;
    expect(withDisclosure).toContain('Nobody forgets');
    expect(withDisclosure).not.toContain('We may earn');
    const inTheBox = page('', `<p>${INTRO_1}</p><p>${INTRO_2}</p>`);
    expect(readabilityPass(page('', `<p>${INTRO_1}</p><p>${INTRO_2}</p>`), SIEVE.full, PAGE)?.parsed.textContent).not.toContain('Nobody forgets');
    expect(read(inTheBox).text).toContain('Nobody forgets');
  });

  it('leaves a single paragraph between the headline and the body alone', () => {
    expect(read(page(`<p>${INTRO_1}</p>`)).text).not.toContain('Nobody forgets');
  });

  it('leaves paragraphs that stand one to a box alone (a grid of notes, not an introduction)', () => {
    const boxes = `<div class="note"><p>${INTRO_1}</p></div><div class="note"><p>${INTRO_2}</p></div>`;
    expect(read(page(boxes)).text).not.toContain('Nobody forgets');
  });

  it('needs a headline above the reading to know where the opening starts', () => {
    const doc = page(`<p>${INTRO_1}</p><p>${INTRO_2}</p>`);
    doc.querySelector('h1')?.remove();
    expect(read(doc).text).not.toContain('Nobody forgets');
  });
});
