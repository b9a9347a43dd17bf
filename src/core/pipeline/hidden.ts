import type { RemovalLog } from '../rules/removal-log.ts';
import type { VisibilityOracle } from '../types.ts';

/** Elements whose visibility means nothing for the article; never asked about. */
export const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BR', 'WBR']);

/** Moves a tree walker to the next node after the current one's subtree. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Walks the source body and its clone in lockstep (same shape) and removes from the clone every
 * element the oracle says the reader cannot see, so hidden copies never reach extraction.
 */
export function removeHidden(source: Document, clone: Document, isVisible: VisibilityOracle, log: RemovalLog): void {
  const filter = 1; // NodeFilter.SHOW_ELEMENT, spelled out: NodeFilter is not global in every DOM.
  const sourceWalker = source.createTreeWalker(source.body, filter);
  // A document read in place (consumeDocument) is its own clone: one walk.
  const cloneWalker = clone === source ? null : clone.createTreeWalker(clone.body, filter);
  const hidden: Element[] = [];
  let sourceNode = sourceWalker.firstChild();
  let cloneNode = cloneWalker ? cloneWalker.firstChild() : sourceNode;
  while (sourceNode && cloneNode) {
    const element = sourceNode as Element;
    const skip = !NOT_RENDERED.has(element.tagName) && !isVisible(element);
    if (skip) hidden.push(cloneNode as Element);
    sourceNode = skip ? skipSubtree(sourceWalker) : sourceWalker.nextNode();
    if (!cloneWalker) cloneNode = sourceNode;
    else cloneNode = skip ? skipSubtree(cloneWalker) : cloneWalker.nextNode();
  }
  for (const element of hidden) {
    if ((element.textContent).trim()) {
      log.dropBeforeExtraction(element, 'hidden', 'Hidden on the page');
    }
    element.remove();
  }
}
