import { SLOT_ATTRIBUTE } from '../marks.ts';

/** Elements that carry content without text. */
const CONTENT_WITHOUT_TEXT = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'HR', 'TABLE', 'SOURCE', 'TD', 'TH', 'TR', 'MATH']);
/** Containers that go when nothing is left in them. */
const REMOVABLE = new Set(['DIV', 'SECTION', 'P', 'UL', 'OL', 'LI', 'ASIDE', 'FIGURE', 'SPAN', 'HEADER', 'FOOTER']);

/**
 * Removes an element left without text, keeping its white space: `<span> </span>` is often all
 * that parts two words, or two tokens of highlighted code ("from pydantic import").
 */
function dropEmpty(element: Element): void {
  const space = element.textContent;
  if (space === '') element.remove();
  else element.replaceWith(space);
}

/** Post-order: removes empty removable containers and tells whether the element kept content. */
function prune(element: Element): boolean {
  if (CONTENT_WITHOUT_TEXT.has(element.tagName) || element.hasAttribute(SLOT_ATTRIBUTE)) return true;
  let hasContent = false;
  let child = element.firstChild;
  while (child) {
    const next = child.nextSibling;
    if (child.nodeType === 3) {
      if ((child as Text).data.trim()) hasContent = true;
    } else if (child.nodeType === 1) {
      const kept = prune(child as Element);
      if (kept) hasContent = true;
      else if (REMOVABLE.has((child as Element).tagName)) dropEmpty(child as Element);
    }
    child = next;
  }
  return hasContent;
}

/** Drops containers the clean-up left without text or media. */
export function removeEmptyContainers(root: Element): void {
  prune(root);
}
