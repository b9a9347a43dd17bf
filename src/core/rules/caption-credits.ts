/**
 * Photo credits are attribution the reader keeps: each goes into its figure's caption as a `<small>`
 * (small print, as HTML means it), which the view sets as a muted line after the caption.
 */
import { SLOT_ATTRIBUTE } from '../marks.ts';

/** The figure a credit printed after it belongs to: the block just before it, past removed blocks. */
function figureBefore(block: Element): Element | null {
  let previous = block.previousElementSibling;
  while (previous?.hasAttribute(SLOT_ATTRIBUTE)) previous = previous.previousElementSibling;
  if (!previous) return null;
  return previous.tagName === 'FIGURE' ? previous : previous.querySelector(':scope > figure:last-child');
}

function captionOf(figure: Element): Element {
  const existing = figure.querySelector(':scope > figcaption');
  if (existing) return existing;
  const caption = figure.ownerDocument.createElement('figcaption');
  figure.append(caption);
  return caption;
}

/**
 * Keeps a credit line as the credit of its figure: the one it is in, or the one it follows. Returns
 * false, changing nothing, when it belongs to no figure.
 */
export function keepFigureCredit(block: Element): boolean {
  if (block.tagName === 'FIGURE') return false;
  const figure = block.closest('figure') ?? figureBefore(block);
  const caption = block.closest('figcaption') ?? (figure ? captionOf(figure) : null);
  if (!caption) return false;
  if (block.tagName === 'SMALL' && caption.contains(block)) return true;
  const credit = block.ownerDocument.createElement('small');
  credit.append(...Array.from(block.childNodes));
  if (block === caption) caption.append(credit);
  else if (caption.contains(block)) block.replaceWith(credit);
  else {
    caption.append(credit);
    block.remove();
  }
  return true;
}
