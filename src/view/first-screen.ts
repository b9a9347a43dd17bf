/**
 * The first screenful before the rest: a long article is shown first down to a little past the
 * popup's fold, and the rest goes in after that first frame, so the browser lays out and paints
 * only what the reader sees before the reader sees it.
 */

/**
 * About three screens of text in the popup (some 15 lines of 66 characters fill the first, under
 * the headline): enough that the rest, held back for one frame, is never in sight.
 */
export const FIRST_SCREEN_CHARS = 3000;

/**
 * Takes out of `root` everything after its first `chars` characters of text (the text node that
 * reaches them stays whole) and returns what puts it all back in place, once. A root with less
 * text keeps everything.
 */
export function holdBackAfter(root: HTMLElement, chars: number): () => void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Node | null = null;
  while (last === null && walker.nextNode()) {
    seen += (walker.currentNode as Text).data.length;
    if (seen >= chars) last = walker.currentNode;
  }
  const held: { parent: ParentNode; nodes: ChildNode[] }[] = [];
  for (let node = last; node !== null && node !== root; node = node.parentNode) {
    const parent = node.parentNode;
    const nodes: ChildNode[] = [];
    for (let next = node.nextSibling; next !== null; next = next.nextSibling) nodes.push(next);
    if (parent !== null && nodes.length > 0) held.push({ parent, nodes });
  }
  for (const { nodes } of held) for (const node of nodes) node.remove();
  return () => {
    for (const { parent, nodes } of held.splice(0)) parent.append(...nodes);
  };
}

/** Runs `then` once the frame that shows the current content has been produced. */
export function afterFirstFrame(doc: Document, then: () => void): void {
  const view = doc.defaultView;
  if (!view) {
    then();
    return;
  }
  view.requestAnimationFrame(() => view.setTimeout(then, 0));
}
