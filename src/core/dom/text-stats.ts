/** Memoised text measures of elements in one article, each computed once from its children. */
export class TextStats {
  private readonly lengths = new Map<Element, number>();
  private readonly linked = new Map<Element, number>();
  private readonly linkCounts = new Map<Element, number>();

  /** Number of links in or at the element. */
  links(element: Element): number {
    if (element.tagName === 'A') return 1;
    let value = this.linkCounts.get(element);
    if (value === undefined) {
      value = 0;
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) value += this.links(child);
      this.linkCounts.set(element, value);
    }
    return value;
  }

  /** Non-space characters of text inside the element. */
  length(element: Element): number {
    let value = this.lengths.get(element);
    if (value === undefined) {
      value = 0;
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) value += (child as Text).data.replace(/\s+/g, '').length;
        else if (child.nodeType === 1) value += this.length(child as Element);
      }
      this.lengths.set(element, value);
    }
    return value;
  }

  /** Non-space characters of text inside links. */
  linkedLength(element: Element): number {
    if (element.tagName === 'A') return this.length(element);
    let value = this.linked.get(element);
    if (value === undefined) {
      value = 0;
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) value += this.linkedLength(child);
      this.linked.set(element, value);
    }
    return value;
  }

  /** Share of the element's text that sits inside links (0–1). */
  linkDensity(element: Element): number {
    const length = this.length(element);
    return length === 0 ? 0 : Math.min(1, this.linkedLength(element) / length);
  }
}
