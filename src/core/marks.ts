/**
 * Attributes the core writes into the documents it works on, and that other parts of Plainpage
 * read back: one spelling each.
 */

/** Marks where a removed block stood in the article HTML (value: the removal's slot number). */
export const SLOT_ATTRIBUTE = 'data-plainpage-slot';

/**
 * Marks, before extraction, the block around a comment field or a sign-up field (values `comment`,
 * `newsletter`): Readability drops form controls, and with them the clearest sign of such a box.
 */
export const FORM_MARK = 'data-plainpage-form';

/**
 * Marks, before extraction, the label of a field a reader types into (name, e-mail, phone):
 * Readability drops the field and leaves its label ("First name*") standing alone.
 */
export const FIELD_LABEL_MARK = 'data-plainpage-field-label';
