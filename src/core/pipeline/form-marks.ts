import { FIELD_LABEL_MARK, FORM_MARK } from '../marks.ts';

const CONTAINERS = 'form, div, section, aside, footer, fieldset';

/** Inputs a reader does not type into: their labels (a tab's name, a checklist's item) carry content. */
const CHOICE_INPUTS = new Set(['checkbox', 'radio', 'hidden', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/** Whether a reader types into `field` (text, e-mail, phone) rather than ticking or pressing it. */
function isTypedInto(field: Element): boolean {
  return field.tagName !== 'INPUT' || !CHOICE_INPUTS.has((field.getAttribute('type') ?? '').toLowerCase());
}

/** The label around `field`. */
function labelAround(field: Element): Element | null {
  for (let node = field.parentElement; node; node = node.parentElement) if (node.tagName === 'LABEL') return node;
  return null;
}

/** The label that names `field` just before it or before its wrapper, as forms set them. */
function labelBefore(field: Element): Element | null {
  if (!field.id) return null;
  for (const node of [field, field.parentElement]) {
    const before = node?.previousElementSibling;
    if (before?.tagName === 'LABEL' && before.getAttribute('for') === field.id) return before;
  }
  return null;
}

/** Marks the label of `field`, looked for where forms put it (the page is not searched); true when found. */
function markLabelOf(field: Element): boolean {
  const label = labelAround(field) ?? labelBefore(field);
  label?.setAttribute(FIELD_LABEL_MARK, '');
  return label !== null;
}

/**
 * Readability drops form controls, and with them the clearest sign of a sign-up or comment box.
 * Before extraction, the block around an e-mail field (its form, when it has one: the field's own
 * wrapper holds only its label) or a text area is marked so the teaser rule can still see it, and
 * so are the labels of the fields a reader types into, which would stand alone; the drop-downs'
 * too, on a page whose form fields have labels.
 */
export function markFormBlocks(doc: Document): void {
  let labelled = false;
  for (const area of Array.from(doc.getElementsByTagName('textarea'))) {
    area.parentElement?.closest(CONTAINERS)?.setAttribute(FORM_MARK, 'comment');
    labelled = markLabelOf(area) || labelled;
  }
  for (const input of Array.from(doc.getElementsByTagName('input'))) {
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (type === 'email' || /mail|newsletter|subscri/i.test(input.getAttribute('name') ?? '')) {
      const block = input.closest('form') ?? input.parentElement?.closest(CONTAINERS);
      if (block && !block.hasAttribute(FORM_MARK)) block.setAttribute(FORM_MARK, 'newsletter');
    }
    if (isTypedInto(input)) labelled = markLabelOf(input) || labelled;
  }
  if (labelled) for (const select of Array.from(doc.getElementsByTagName('select'))) markLabelOf(select);
}
