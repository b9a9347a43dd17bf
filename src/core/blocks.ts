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

/** Memoised text measures of elements in one article. */
export class TextStats {
  private readonly lengths = new Map<Element, number>();
  private readonly linked = new Map<Element, number>();

  text(element: Element): string {
    return element.textContent;
  }

  length(element: Element): number {
    let value = this.lengths.get(element);
    if (value === undefined) {
      value = this.text(element).replace(/\s+/g, '').length;
      this.lengths.set(element, value);
    }
    return value;
  }

  linkedLength(element: Element): number {
    let value = this.linked.get(element);
    if (value === undefined) {
      value = 0;
      for (const link of Array.from(element.getElementsByTagName('a'))) value += this.length(link);
      if (element.tagName === 'A') value = this.length(element);
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
