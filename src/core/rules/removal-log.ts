import { normalizeSpace } from '../dom/text-normalize.ts';
import { SLOT_ATTRIBUTE } from '../marks.ts';
import type { Removal, RuleId } from '../types.ts';

const PREVIEW_LENGTH = 160;

interface Entry {
  rule: RuleId;
  reason: string;
  text: string;
  html: string;
  slot: number | null;
}

/** Records every block the clean-up takes out, with its rule, reason and a preview. */
export class RemovalLog {
  private readonly entries: Entry[] = [];

  constructor(private readonly keepSlots: boolean) {}

  /** Removes an element from the extracted article, leaving a slot marker when asked to. */
  remove(element: Element, rule: RuleId, reason: string): void {
    const slot = this.keepSlots ? this.entries.length : null;
    this.record(element, rule, reason, slot);
    if (slot !== null) {
      // An inline, hidden marker: it must not change which blocks the later rules see.
      const marker = element.ownerDocument.createElement('span');
      marker.setAttribute(SLOT_ATTRIBUTE, String(slot));
      marker.setAttribute('hidden', '');
      element.replaceWith(marker);
    } else {
      element.remove();
    }
  }

  /** Records an element dropped before extraction (it has no place in the article). */
  dropBeforeExtraction(element: Element, rule: RuleId, reason: string): void {
    this.record(element, rule, reason, null);
  }

  private record(element: Element, rule: RuleId, reason: string, slot: number | null): void {
    const text = normalizeSpace(element.textContent);
    this.entries.push({
      rule,
      reason,
      text: text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text,
      html: this.keepSlots ? element.outerHTML : '',
      slot,
    });
  }

  /** The removals, with their HTML when slots are kept (for restoring; sanitised where it is inserted). */
  removals(): Removal[] {
    return this.entries.map((entry) => ({ ...entry }));
  }
}
