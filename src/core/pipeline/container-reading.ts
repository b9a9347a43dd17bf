import { proseLength } from './prose.ts';

/** What a wrapper may hold to be unwrapped: blocks only, no media, no text of its own. */
const BLOCKS = new Set(['BLOCKQUOTE', 'DIV', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL']);

/** An element a page declares its main content with: <article>, <main>, role="main". */
export function isContentContainer(element: Element): boolean {
  return element.tagName === 'ARTICLE' || element.tagName === 'MAIN' || element.getAttribute('role') === 'main';
}

/**
 * A wrapper shorter than this is a box of its own (a teaser card, a product tile: headline,
 * summary, price), kept whole for the clean-up to judge; a section of a story is longer.
 */
const MIN_SECTION = 200;

function isWrapper(element: Element): boolean {
  if (element.children.length === 0 || element.textContent.length < MIN_SECTION) return false;
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === child.TEXT_NODE && child.textContent?.trim() !== '') return false;
  }
  return Array.from(element.children).every((child) => BLOCKS.has(child.tagName));
}

/**
 * Unwraps, inside `container`, every <div> or <section> that holds only blocks (deepest first, so
 * a wrapper of wrappers goes too): the story's paragraphs end up side by side, and Readability,
 * which scores the parents of paragraphs, sees one story instead of one section per heading.
 */
function flattenWrappers(container: Element): void {
  const wrappers = Array.from(container.querySelectorAll('div, section')).reverse();
  for (const wrapper of wrappers) {
    if (isWrapper(wrapper)) wrapper.replaceWith(...Array.from(wrapper.childNodes));
  }
}

/**
 * Narrows a prepared copy of a page to the smallest container it declares (<article>, <main>,
 * role="main") holding at least `minProse` characters of prose, its section wrappers unwrapped. For a page whose story is cut into sections (a documentation generator's
 * <div class="sect1"> per heading) and whose other sections are mostly links, Readability keeps the
 * best-scored section alone; read again narrowed, it keeps the story. False when the page declares
 * no such container.
 */
export function narrowToContainer(doc: Document, minProse: number): boolean {
  let best: Element | null = null;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const container of Array.from(doc.body.getElementsByTagName('*')).filter(isContentContainer)) {
    const length = proseLength(container);
    if (length >= minProse && length < bestLength) {
      best = container;
      bestLength = length;
    }
  }
  if (best === null) return false;
  flattenWrappers(best);
  doc.body.replaceChildren(best);
  return true;
}
