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

function gather(node: Node, parts: string[], budget: { left: number }): void {
  for (let child = node.firstChild; child && budget.left > 0; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      parts.push(data);
      budget.left -= data.length;
    } else if (child.nodeType === 1) {
      gather(child, parts, budget);
    }
  }
}

/** The first characters of an element's text, without reading all of it. */
export function leadingText(element: Element, limit: number): string {
  const parts: string[] = [];
  gather(element, parts, { left: limit * 2 });
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, limit);
}

/** True when an ancestor of the element, below `root`, has one of the tags (no selector engine). */
export function insideAny(element: Element, tags: ReadonlySet<string>, root: Element): boolean {
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    if (tags.has(node.tagName)) return true;
  }
  return false;
}

/** True when the element or a descendant has one of the tags. */
export function containsAny(element: Element, tags: ReadonlySet<string>): boolean {
  if (tags.has(element.tagName)) return true;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (containsAny(child, tags)) return true;
  }
  return false;
}
