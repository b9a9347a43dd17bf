/** Elements that hold a block of article text. */
export const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'BLOCKQUOTE', 'FIGCAPTION', 'DD', 'DT', 'DIV', 'SECTION',
  'ARTICLE', 'ASIDE', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'HEADER', 'FOOTER', 'NAV', 'ADDRESS', 'DETAILS',
]);

function collectLeaves(element: Element, out: Element[]): boolean {
  let hasBlock = false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (collectLeaves(child, out)) hasBlock = true;
  }
  const isBlock = BLOCK_TAGS.has(element.tagName);
  if (isBlock && !hasBlock) out.push(element);
  return isBlock || hasBlock;
}

/** Blocks with no block inside them (paragraphs, list items, headings…), in document order. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) collectLeaves(child, out);
  return out;
}

/** True for verse: a block whose lines are broken with `<br>`. */
export function isVerse(element: Element): boolean {
  return element.getElementsByTagName('br').length >= 2;
}

/** Memoised text measures of elements in one article, each computed once from its children. */
export class TextStats {
  private readonly lengths = new Map<Element, number>();
  private readonly linked = new Map<Element, number>();
  private readonly linkCounts = new Map<Element, number>();

  /** Number of links in or at the element. */
  links(element: Element): number {
    if (element.tagName === 'A') return 1;
    let value = this.linkCounts.get(element);
    if (value === undefined) {
      value = 0;
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) value += this.links(child);
      this.linkCounts.set(element, value);
    }
    return value;
  }

  /** Non-space characters of text inside the element. */
  length(element: Element): number {
    let value = this.lengths.get(element);
    if (value === undefined) {
      value = 0;
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) value += (child as Text).data.replace(/\s+/g, '').length;
        else if (child.nodeType === 1) value += this.length(child as Element);
      }
      this.lengths.set(element, value);
    }
    return value;
  }

  /** Non-space characters of text inside links. */
  linkedLength(element: Element): number {
    if (element.tagName === 'A') return this.length(element);
    let value = this.linked.get(element);
    if (value === undefined) {
      value = 0;
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) value += this.linkedLength(child);
      this.linked.set(element, value);
    }
    return value;
  }

  /** Share of the element's text that sits inside links (0–1). */
  linkDensity(element: Element): number {
    const length = this.length(element);
    return length === 0 ? 0 : Math.min(1, this.linkedLength(element) / length);
  }
}

/** The first characters of an element's text, without reading all of it. */
export function leadingText(element: Element, limit: number): string {
  let out = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) out += (node as Text).data;
  return out.replace(/\s+/g, ' ').trim().slice(0, limit);
}
