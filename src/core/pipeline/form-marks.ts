import { FORM_MARK } from '../marks.ts';

const CONTAINERS = 'form, div, section, aside, footer, fieldset';

/**
 * Readability drops form controls, and with them the clearest sign of a sign-up or comment box.
 * Before extraction, the block around an e-mail field or a text area is marked so the teaser
 * rule can still see it.
 */
export function markFormBlocks(doc: Document): void {
  for (const area of Array.from(doc.getElementsByTagName('textarea'))) {
    area.parentElement?.closest(CONTAINERS)?.setAttribute(FORM_MARK, 'comment');
  }
  for (const input of Array.from(doc.getElementsByTagName('input'))) {
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (type === 'email' || /mail|newsletter|subscri/i.test(input.getAttribute('name') ?? '')) {
      const block = input.parentElement?.closest(CONTAINERS);
      if (block && !block.hasAttribute(FORM_MARK)) block.setAttribute(FORM_MARK, 'newsletter');
    }
  }
}
