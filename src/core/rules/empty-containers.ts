import { hasInk } from '../dom/text-normalize.ts';
import { SLOT_ATTRIBUTE } from '../marks.ts';

/** Elements that carry content without text. */
const CONTENT_WITHOUT_TEXT = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'HR', 'TABLE', 'SOURCE', 'TD', 'TH', 'TR', 'MATH']);
/** Containers that go when nothing is left in them. */
const REMOVABLE = new Set(['DIV', 'SECTION', 'P', 'UL', 'OL', 'LI', 'ASIDE', 'FIGURE', 'SPAN', 'HEADER', 'FOOTER']);

/** What an element kept, in rising order: nothing, only the markers of removed blocks, or content a reader sees. */
const Kept = { Nothing: 0, Slots: 1, Content: 2 } as const;
type Kept = (typeof Kept)[keyof typeof Kept];

/**
 * Removes an element left without text, keeping its white space (`<span> </span>` is often all
 * that parts two words, or two tokens of highlighted code: "from pydantic import"), the line
 * breaks of an inline one (`Bench<span><br></span>Price: $299` is two lines, not "BenchPrice")
 * and the markers of the blocks removed from it, so that they can be put back where they stood:
 * a list item holding only a marker would show the reader an empty bullet.
 */
function dropEmpty(element: Element, kept: Kept): void {
  const text = element.textContent;
  // A zero-width joiner alone (a page builder's "empty" paragraph) parts nothing; a zero-width
  // space may part two words.
  const space = /[\s\u200b]/.test(text) ? text : '';
  // A block's own edges already part what stands around it: only an inline element's breaks are kept.
  const breaks = element.tagName === 'SPAN' ? Array.from(element.getElementsByTagName('br')) : [];
  // Looked for only where prune saw markers: the CLI keeps none, and most containers hold none.
  const slots = kept === Kept.Slots ? Array.from(element.querySelectorAll(`[${SLOT_ATTRIBUTE}]`)) : [];
  const keep = [...(space === '' ? [] : [space]), ...breaks, ...slots];
  if (keep.length === 0) element.remove();
  else element.replaceWith(...keep);
}

/** Post-order: removes empty removable containers and tells what the element kept. */
function prune(element: Element): Kept {
  if (element.hasAttribute(SLOT_ATTRIBUTE)) return Kept.Slots;
  if (CONTENT_WITHOUT_TEXT.has(element.tagName)) return Kept.Content;
  let kept: Kept = Kept.Nothing;
  let child = element.firstChild;
  while (child) {
    const next = child.nextSibling;
    if (child.nodeType === 3) {
      if (hasInk((child as Text).data)) kept = Kept.Content;
    } else if (child.nodeType === 1) {
      const childElement = child as Element;
      const childKept = prune(childElement);
      if (childKept !== Kept.Content && REMOVABLE.has(childElement.tagName) && !childElement.hasAttribute(SLOT_ATTRIBUTE)) dropEmpty(childElement, childKept);
      if (childKept > kept) kept = childKept;
    }
    child = next;
  }
  return kept;
}

/** Drops containers the clean-up left without text or media. */
export function removeEmptyContainers(root: Element): void {
  prune(root);
}
