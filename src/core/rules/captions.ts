import { insideAny, leafBlocks } from '../dom/blocks.ts';
import { normalizeSpace, textKey } from '../dom/text-normalize.ts';
import { keepFigureCredit } from './caption-credits.ts';
import type { RuleInput } from './rule.ts';
import { COURTESY, CREDIT, GALLERY_COUNTER, SIGNED_CAPTION } from '../words/patterns.ts';

const TABLES = new Set(['TABLE']);

const MAX_CREDIT = 160;
const MAX_CAPTION = 300;

function isCredit(text: string): boolean {
  if (text.length <= MAX_CAPTION && SIGNED_CAPTION.test(text)) return true;
  return text.length <= MAX_CREDIT && (CREDIT.test(text) || COURTESY.test(text) || GALLERY_COUNTER.test(text));
}

/** A line that only credits a picture ("Photo: …", "Courtesy of …"): its figure keeps it. */
function isCreditLine(text: string): boolean {
  return text.length <= MAX_CREDIT && (CREDIT.test(text) || COURTESY.test(text));
}

/**
 * Whether a block is a credit or counter to remove: a gallery counter, a caption printed again as a
 * paragraph signed with its credit, or a credit line of no figure. A figure's credit line moves
 * into its caption instead, and a caption signed with its credit is the caption itself.
 */
function isCreditClutter(block: Element, text: string): boolean {
  if (isCreditLine(text)) return !keepFigureCredit(block);
  if (!isCredit(text)) return false;
  return block.tagName !== 'FIGCAPTION' || GALLERY_COUNTER.test(text);
}

/**
 * Caption clutter: gallery counters, captions printed twice (again as a paragraph, signed with
 * their credit) and credit lines that belong to no figure. A figure's credit moves into its caption.
 */
export function removeCaptionClutter({ root, log }: RuleInput): void {
  const captionKeys = new Set<string>();
  for (const caption of Array.from(root.getElementsByTagName('figcaption'))) {
    const key = textKey(caption.textContent);
    if (!key) continue;
    if (captionKeys.has(key)) log.remove(caption, 'captions', 'Repeats a caption shown earlier');
    else captionKeys.add(key);
  }
  for (const block of leafBlocks(root)) {
    if (!root.contains(block) || insideAny(block, TABLES, root)) continue;
    const text = normalizeSpace(block.textContent);
    if (!text) continue;
    if (isCreditClutter(block, text)) {
      log.remove(block, 'captions', 'Photo credit or gallery counter');
    } else if (captionKeys.size > 0 && block.tagName !== 'FIGCAPTION' && text.length >= 20 && captionKeys.has(textKey(text))) {
      log.remove(block, 'captions', 'Repeats an image caption');
    }
  }
  for (const span of Array.from(root.querySelectorAll('figcaption span, figcaption small, figcaption cite'))) {
    const text = normalizeSpace(span.textContent);
    if (!root.contains(span) || !text || !isCredit(text)) continue;
    if (!isCreditLine(text) || !keepFigureCredit(span)) log.remove(span, 'captions', 'Photo credit');
  }
}
