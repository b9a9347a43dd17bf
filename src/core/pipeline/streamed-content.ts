/** The placeholder React leaves for content it streams in later: <template id="B:0">. */
const PLACEHOLDER_ID = /^B:(\d+)$/;

/** True for the comment that ends a streamed boundary (`<!--/$-->`). */
function endsBoundary(node: Node): boolean {
  return node.nodeType === 8 && (node as Comment).data === '/$';
}

/** True for a comment that opens a nested boundary (`<!--$-->`, `<!--$?-->`, `<!--$!-->`). */
function opensBoundary(node: Node): boolean {
  return node.nodeType === 8 && (node as Comment).data.startsWith('$');
}

/**
 * Puts streamed content where the page's script would: server-rendered React pages send what loads
 * late in a `<div hidden id="S:n">` at the end of the page and a script moves it into its
 * placeholder `<template id="B:n">`, replacing the fallback shown meanwhile. A copy of the live
 * page has it in place already; a page read from its HTML alone (the CLI, a linked page) kept the
 * article hidden, so Readability never saw it.
 */
export function revealStreamedContent(doc: Document): void {
  const templates = doc.getElementsByTagName('template');
  const placeholders: Element[] = [];
  for (let index = 0; index < templates.length; index += 1) {
    const template = templates[index];
    if (template && PLACEHOLDER_ID.test(template.id)) placeholders.push(template);
  }
  for (const placeholder of placeholders) {
    const segment = doc.getElementById(`S:${PLACEHOLDER_ID.exec(placeholder.id)?.[1] ?? ''}`);
    if (!segment?.hasAttribute('hidden') || !placeholder.parentNode) continue;
    let depth = 0;
    let node = placeholder.nextSibling;
    // The fallback shown until the content came: up to the boundary's end.
    while (node && !(depth === 0 && endsBoundary(node))) {
      if (opensBoundary(node)) depth += 1;
      else if (endsBoundary(node)) depth -= 1;
      const next: ChildNode | null = node.nextSibling;
      node.remove();
      node = next;
    }
    const content = doc.createDocumentFragment();
    while (segment.firstChild) content.append(segment.firstChild);
    placeholder.replaceWith(content);
    segment.remove();
  }
}
