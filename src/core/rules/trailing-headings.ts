import { hasInk, inkLength, normalizeSpace } from '../dom/text-normalize.ts';
import { SLOT_ATTRIBUTE } from '../marks.ts';
import type { RuleInput } from './rule.ts';

/** Elements a reader sees without text. */
const SHOWN_WITHOUT_TEXT = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'TABLE', 'MATH']);
const HEADING = 'h1, h2, h3, h4, h5, h6';
/** Longer than this, text in a heading's tag is not a heading. */
const MAX_HEADING = 80;

/** The last text or picture a reader sees in `node`, skipping what the clean-up emptied. */
function lastShown(node: Node): Node | null {
  for (let child = node.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === 3 && hasInk((child as Text).data)) return child;
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (element.hasAttribute(SLOT_ATTRIBUTE)) continue;
    if (SHOWN_WITHOUT_TEXT.has(element.tagName)) return element;
    const found = lastShown(element);
    if (found) return found;
  }
  return null;
}

/**
 * Headings left at the article's end with nothing after them ("Recent posts", "Post navigation",
 * "Featured in this article"): the section they opened was a list the clean-up or Readability
 * took out, and a heading that introduces nothing tells the reader nothing.
 */
export function removeTrailingHeadings({ root, log }: RuleInput): void {
  for (;;) {
    const last = lastShown(root);
    const holder = last && (last.nodeType === 1 ? (last as Element) : last.parentElement);
    const heading = holder?.closest(HEADING);
    // A heading that is all the article holds stays: that is for the no-article check to judge.
    if (!heading || heading === root || inkLength(heading.textContent) >= inkLength(root.textContent)) return;
    // A long "heading" is a paragraph set in a heading's type (sources, a legal line): it stays.
    if (normalizeSpace(heading.textContent).length > MAX_HEADING) return;
    log.remove(heading, 'boilerplate', 'Heading with nothing after it');
  }
}
