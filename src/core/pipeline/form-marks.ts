import { FIELD_LABEL_MARK, FORM_MARK } from '../marks.ts';

const CONTAINERS = 'form, div, section, aside, footer, fieldset';

/** Inputs a reader does not type into: their labels (a tab's name, a checklist's item) carry content. */
const CHOICE_INPUTS = new Set(['checkbox', 'radio', 'hidden', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/** The labels of the fields a reader types into or picks from a list: text, e-mail, phone, a drop-down. */
function markFieldLabels(doc: Document): void {
  for (const field of Array.from(doc.querySelectorAll('input, select, textarea'))) {
    if (field.tagName === 'INPUT' && CHOICE_INPUTS.has((field.getAttribute('type') ?? '').toLowerCase())) continue;
    const labels = (field as HTMLInputElement).labels;
    for (const label of labels ? Array.from(labels) : []) label.setAttribute(FIELD_LABEL_MARK, '');
  }
}

/**
 * Readability drops form controls, and with them the clearest sign of a sign-up or comment box.
 * Before extraction, the block around an e-mail field or a text area is marked so the teaser
 * rule can still see it, and so are the labels of the fields, which would stand alone.
 */
export function markFormBlocks(doc: Document): void {
  markFieldLabels(doc);
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
