import { normalizeSpace, weightedLength } from '../dom/text-normalize.ts';
import { fixArticleAddresses } from './absolute-urls.ts';
import { elementsWithTag } from './tag-lookup.ts';

/**
 * The page's headings and paragraphs in document order, each with the parent it had, taken before
 * Readability read the page: Readability moves what it keeps, drops the rest, replaces a box that
 * holds one paragraph by the paragraph and removes a headline that repeats the title.
 */
export interface PageBlocks {
  blocks: readonly Element[];
  parents: readonly (Element | null)[];
}

const BLOCK_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const SUBHEADING = /^H[2-6]$/;
/** Paragraphs in these are not the story's opening: menus, boxes beside it, pictures' captions, lists, tables, quotes. */
const OUTSIDE_THE_STORY = 'nav, aside, footer, form, figure, figcaption, button, label, blockquote, li, td, th';
/** A paragraph of the opening: a sentence or more, not a line of links. */
const MIN_PARAGRAPH = 60;
const SENTENCE_END = /[.!?:。！？…)"”’]$/u;
/**
 * The opening is put back only when it holds at least two paragraphs this long side by side (in
 * one parent) and this much text in all: a single line between the headline and the story is most
 * often a disclosure, a photo caption, a video's title or the standfirst, which the story does
 * without, and a grid of boxes of one paragraph each ("How we researched", "Why trust us") is the
 * page's furniture.
 */
const LONG_PARAGRAPH = 100;
const MIN_LONG_PARAGRAPHS = 2;
const MIN_OPENING = 300;

export function pageBlocks(doc: Document): PageBlocks {
  const blocks = Array.from(elementsWithTag(doc.body, BLOCK_TAGS));
  return { blocks, parents: blocks.map((block) => block.parentElement) };
}

function isProse(paragraph: Element, text: string): boolean {
  if (weightedLength(text) < MIN_PARAGRAPH || !SENTENCE_END.test(text)) return false;
  let linked = 0;
  for (const link of Array.from(paragraph.getElementsByTagName('a'))) linked += normalizeSpace(link.textContent).length;
  return linked * 2 < text.length;
}

/** How many of the reading's first paragraphs are looked for by their text. */
const PARAGRAPHS_LOOKED_FOR = 5;

/**
 * Where the reading starts among the page's blocks: its first block that is one of them. When
 * Readability read the page again from its markup (a looser sieve), none is: then its first
 * paragraphs of prose are looked for by their text (its first may be one Readability made of text
 * between line breaks).
 */
function startOf(root: Element, blocks: readonly Element[]): number {
  const same = blocks.findIndex((block) => root.contains(block));
  if (same >= 0) return same;
  const wanted: string[] = [];
  for (const paragraph of Array.from(root.getElementsByTagName('p'))) {
    const text = normalizeSpace(paragraph.textContent);
    if (weightedLength(text) >= MIN_PARAGRAPH && !wanted.includes(text)) wanted.push(text);
    if (wanted.length === PARAGRAPHS_LOOKED_FOR) break;
  }
  // One pass over the page's paragraphs: where each wanted text first stands.
  const found = new Map<string, number>();
  blocks.forEach((block, index) => {
    if (block.tagName !== 'P') return;
    const text = normalizeSpace(block.textContent);
    if (wanted.includes(text) && !found.has(text)) found.set(text, index);
  });
  for (const text of wanted) {
    const index = found.get(text);
    if (index !== undefined) return index;
  }
  return -1;
}

function isLong(paragraph: Element | undefined): boolean {
  return paragraph?.tagName === 'P' && weightedLength(normalizeSpace(paragraph.textContent)) >= LONG_PARAGRAPH;
}

/**
 * The indices, between the headline and the start, of the paragraphs that are prose the reading
 * does not hold yet (each text once) and of the subheadings right above them.
 */
function openingBetween({ blocks }: PageBlocks, headline: number, start: number, read: string): number[] {
  const seen = new Set<string>();
  const opening: number[] = [];
  for (let index = start - 1; index > headline; index -= 1) {
    const block = blocks[index];
    if (!block || block.closest(OUTSIDE_THE_STORY) !== null) continue;
    if (block.tagName === 'P') {
      const text = normalizeSpace(block.textContent);
      if (seen.has(text) || read.includes(text) || !isProse(block, text)) continue;
      seen.add(text);
      opening.push(index);
    } else if (SUBHEADING.test(block.tagName) && opening.at(-1) === index + 1) {
      opening.push(index);
    }
  }
  return opening.reverse();
}

/**
 * What shares the headline's box is the headline's (a standfirst, a disclosure, a credit) unless
 * the box holds the story's first paragraphs, two long ones or more.
 */
function withoutHeadlineLines({ blocks, parents }: PageBlocks, headline: number, opening: readonly number[]): number[] {
  const box = parents[headline];
  if (!box) return [...opening];
  const inBox = opening.filter((index) => box.contains(blocks[index] ?? null));
  if (inBox.filter((index) => isLong(blocks[index])).length >= MIN_LONG_PARAGRAPHS) return [...opening];
  return opening.filter((index) => !inBox.includes(index));
}

function isWorthRestoring({ blocks, parents }: PageBlocks, opening: readonly number[]): boolean {
  let total = 0;
  const longOnes = new Map<Element | null | undefined, number>();
  for (const index of opening) {
    const block = blocks[index];
    if (block?.tagName !== 'P') continue;
    total += weightedLength(normalizeSpace(block.textContent));
    if (isLong(block)) longOnes.set(parents[index], (longOnes.get(parents[index]) ?? 0) + 1);
  }
  return total >= MIN_OPENING && Math.max(0, ...longOnes.values()) >= MIN_LONG_PARAGRAPHS;
}

/** The reading's content: Readability's one page wrapper, or the reading itself. */
function contentOf(root: Element): Element {
  return root.children.length === 1 && root.firstElementChild ? root.firstElementChild : root;
}

/**
 * Puts back the opening of a story that Readability read from its second part: the paragraphs
 * between the page's headline (its last <h1> above the reading) and the reading's first block,
 * when the page printed the introduction in a box of its own (a page builder's section,
 * a "listicle header", a duplicated id) that Readability scored apart from the body or dropped as
 * "header". They go at the start of the reading, in page order, with their addresses made
 * absolute; the clean-up judges them with the rest.
 */
export function restoreMissedOpening(root: Element, page: PageBlocks, url: string): void {
  const start = startOf(root, page.blocks);
  let headline = start - 1;
  while (headline >= 0 && page.blocks[headline]?.tagName !== 'H1') headline -= 1;
  if (headline < 0) return;
  const opening = withoutHeadlineLines(page, headline, openingBetween(page, headline, start, normalizeSpace(root.textContent)));
  if (!isWorthRestoring(page, opening)) return;
  const blocks = opening.flatMap((index) => page.blocks[index] ?? []);
  contentOf(root).prepend(...blocks);
  for (const block of blocks) fixArticleAddresses(block, url);
}
