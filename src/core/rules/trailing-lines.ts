import { BLOCK_TAGS, insideAny } from '../dom/blocks.ts';
import { hasInk, inkLength, normalizeSpace } from '../dom/text-normalize.ts';
import { isTrailingMeta, KEPT_WHOLE } from './boilerplate.ts';
import { SLOT_ATTRIBUTE } from '../marks.ts';
import type { RuleInput } from './rule.ts';

/** Elements a reader sees without text. */
const SHOWN_WITHOUT_TEXT = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'TABLE', 'MATH']);
const HEADING = 'h1, h2, h3, h4, h5, h6';
/** Their last line belongs to them: a list's last item, a table's last cell, a caption, a quotation's source, a definition. */
const LINES_KEPT: ReadonlySet<string> = new Set([...KEPT_WHOLE, 'LI', 'FIGURE', 'FIGCAPTION', 'DD', 'DT']);
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

/** Where a line of text stands: the nearest block around it (a paragraph, a list item, a cell's div). */
function blockOf(element: Element, root: Element): Element | null {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (BLOCK_TAGS.has(node.tagName)) return node;
  }
  return null;
}

/** What the clean-up takes from the article's end, and why; null when the end is the story's. */
function trailingClutter(holder: Element, root: Element, byline: string | null): [Element, string] | null {
  const heading = holder.closest(HEADING);
  if (heading && heading !== root) {
    // A long "heading" is a paragraph set in a heading's type (sources, a legal line): it stays.
    return normalizeSpace(heading.textContent).length > MAX_HEADING ? null : [heading, 'Heading with nothing after it'];
  }
  // A picture is no line of text, whatever its caption says.
  const block = SHOWN_WITHOUT_TEXT.has(holder.tagName) ? null : blockOf(holder, root);
  if (!block || LINES_KEPT.has(block.tagName) || insideAny(block, LINES_KEPT, root)) return null;
  return isTrailingMeta(normalizeSpace(block.textContent), byline) ? [block, 'Byline or date after the story'] : null;
}

/**
 * The article's last lines, from its end back, while each is a heading that introduces nothing
 * ("Recent posts", "Post navigation": the section they opened was a list the clean-up or
 * Readability took out) or a line that says only when, who or where (a date alone, the author's
 * name alone, a bare address). A date line above the story's real last line ("When: March 1"
 * above "Where: …") stays.
 */
export function removeTrailingLines({ root, context, log }: RuleInput): void {
  for (;;) {
    const last = lastShown(root);
    const holder = last && (last.nodeType === 1 ? (last as Element) : last.parentElement);
    const found = holder && trailingClutter(holder, root, context.byline);
    // A line that is all the article holds stays: that is for the no-article check to judge.
    if (!found || inkLength(found[0].textContent) >= inkLength(root.textContent)) return;
    log.remove(found[0], 'boilerplate', found[1]);
  }
}
