import { NOT_RENDERED, windowOf } from '../core/index.ts';
import type { VisibilityOracle } from '../core/types.ts';
import { HIDDEN_MARK } from '../reading/page-copy.ts';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound']);
/** Elements whose text the HTML serialiser writes as it is, without escaping. */
const RAW_TEXT = new Set(['script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
/** Left out of the copy: nothing in them is article, and the visibility marks replace the styles. */
const LEFT_OUT = new Set(['style', 'template', 'base']);
/** Scripts are left out too, except the page's structured data (title, byline, date). */
const STRUCTURED_DATA = 'application/ld+json';
/** A walk gives the page its thread back after this long. */
const SLICE_MS = 8;
/** How many nodes pass between looks at the clock. */
const NODES_PER_CLOCK = 32;
/**
 * The copy is handed over in parts of about this many characters: the browser converts what a
 * script returns in one of the page's tasks, and ten megabytes at once froze the page for 150 ms.
 */
export const PART_CHARS = 1_000_000;
/** A page that keeps growing while it is copied is cut off here (the core reads 150,000 elements). */
const MAX_NODES = 1_500_000;

export interface SerializeOptions {
  isVisible: VisibilityOracle;
  /** Lets the page run (its input, timers, rendering) between slices of the walk. */
  yieldToPage: () => Promise<void>;
  now: () => number;
  /**
   * The opening of the page is wanted early: the first part is cut at `chars` characters and
   * handed to `cut` at once, before the walk goes on (unless the walk ends first).
   */
  opening?: { chars: number; cut: (opening: string) => void };
}

/**
 * The nodes a frame writes as its element's children: the children of a node (the element, or its
 * open shadow root), walked sibling by sibling; or the nodes the page assigned to a <slot>.
 */
type ChildWalk = { parent: Node; next: Node | null } | { assigned: readonly Node[]; index: number };

interface Frame {
  element: Element;
  name: string;
  /** The element's children are inside <body> and the oracle may be asked about them. */
  asksChildren: boolean;
  raw: boolean;
  children: ChildWalk;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;', '"': '&quot;' };

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"\u00a0]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

function nameOf(element: Element): string {
  return element.namespaceURI === HTML_NS ? element.localName : element.tagName;
}

function isLeftOut(element: Element, name: string): boolean {
  // An SVG's own <style> and <script> go too: the popup's policy refuses the style it parses.
  if (element.namespaceURI !== HTML_NS) return name === 'style' || name === 'script';
  if (name === 'script') return element.getAttribute('type')?.trim().toLowerCase() !== STRUCTURED_DATA;
  return LEFT_OUT.has(name);
}

/**
 * Attributes the copy leaves out: the mark it writes itself, event handlers and inline styles. A
 * copy runs no script and shows no style (the marks say what the styles hid), and the popup's
 * policy refuses every handler and style attribute it parses, each with a console error.
 */
function isLeftOutAttribute(attribute: string): boolean {
  return attribute === HIDDEN_MARK || attribute === 'style' || attribute.startsWith('on');
}

function openTag(element: Element, name: string, hidden: boolean): string {
  let tag = `<${name}`;
  // By name, not through `attributes`: that makes the page build an Attr node for each attribute.
  if (element.hasAttributes()) {
    for (const attribute of element.getAttributeNames()) {
      if (!isLeftOutAttribute(attribute)) tag += ` ${attribute}="${escapeAttribute(element.getAttribute(attribute) ?? '')}"`;
    }
  }
  return `${tag}${hidden ? ` ${HIDDEN_MARK}=""` : ''}>`;
}

/**
 * A <noscript>'s text, written as markup that cannot reach past the element. In a page that runs
 * scripts the text is the noscript's markup source, but the popup parses the copy without scripts,
 * where that source is parsed as markup in place: an unclosed `<p title="` would swallow the rest of
 * the article. Parsed on its own, in a document that has no scripting, it closes where it ends.
 */
function noscriptMarkup(text: string, parser: () => DOMParser): string {
  const { body } = parser().parseFromString(`<body>${text}`, 'text/html');
  // What the copy leaves out elsewhere goes here too (tracking pixels hide with inline styles).
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (isLeftOut(element, nameOf(element))) element.remove();
    else for (const attribute of element.getAttributeNames()) if (isLeftOutAttribute(attribute)) element.removeAttribute(attribute);
  }
  return body.innerHTML;
}

/**
 * What the reader sees inside an element: an open shadow root's tree instead of the element's own
 * children (a custom element that draws the article), and at a <slot> the page's nodes put there,
 * or the slot's own content when none are.
 */
function childrenOf(element: Element, name: string): ChildWalk {
  if (element.shadowRoot !== null) return { parent: element.shadowRoot, next: element.shadowRoot.firstChild };
  if (name === 'slot' && 'assignedNodes' in element) {
    const assigned = (element as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return { assigned, index: 0 };
  }
  return { parent: element, next: element.firstChild };
}

/**
 * An element that shows only its own text (no child elements, no shadow root, not a slot): its
 * text is written in one piece, without a wrapper for each text node in the script's world.
 */
function isTextLeaf(element: Element, name: string): boolean {
  return element.childElementCount === 0 && element.shadowRoot === null && name !== 'slot';
}

/** The next node of a walk, or null at its end; a node that left its parent ends the walk. */
function take(walk: ChildWalk): Node | null {
  if ('assigned' in walk) return walk.assigned[walk.index++] ?? null;
  const node = walk.next;
  if (node === null || node.parentNode !== walk.parent) return null;
  walk.next = node.nextSibling;
  return node;
}

function rawText(parent: Frame | undefined, text: string, parser: () => DOMParser): string {
  if (parent?.name === 'noscript') return noscriptMarkup(text, parser);
  // Only a script's text could close its element early; JSON reads `<\/` as `</`.
  return parent?.name === 'script' ? text.replaceAll('</', '<\\/') : text;
}

/**
 * Serialises an HTML document as HTML, in slices that give the page its thread back, and marks
 * the elements of <body> the oracle says the reader cannot see with HIDDEN_MARK (in the copy; the
 * page is not touched). The oracle is asked top-down and never below a hidden element. The copy
 * carries no <base> (the extension page's CSP refuses one; the copy's reader is told the base URL).
 * A page that changes during the walk still gives well-formed HTML: a node that left its parent
 * while the page ran ends that parent's children in the copy. Open shadow roots are copied as
 * their hosts' children, so the copy holds what the page shows. The copy comes in parts, cut
 * between nodes once a part holds PART_CHARS characters; joined in order they are the document.
 */
export async function serializeDocument(doc: Document, options: SerializeOptions): Promise<string[]> {
  const copy: string[] = [];
  let parts = ['<!DOCTYPE html>'];
  let partLength = 0;
  const write = (text: string) => {
    parts.push(text);
    partLength += text.length;
  };
  const stack: Frame[] = [];
  const top: ChildWalk = { parent: doc, next: doc.documentElement };
  let visited = 0;
  let sliceStart = options.now();
  let inertParser: DOMParser | null = null;
  const parser = () => (inertParser ??= new (windowOf(doc).DOMParser)());
  for (;;) {
    const parent = stack.at(-1);
    const node = visited >= MAX_NODES ? null : take(parent?.children ?? top);
    if (node === null) {
      const frame = stack.pop();
      if (!frame) break;
      write(`</${frame.name}>`);
      const outer = stack.at(-1)?.children ?? top;
      if ('next' in outer) outer.next = frame.element.nextSibling;
      continue;
    }
    visited += 1;
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      write(parent?.raw === true ? rawText(parent, text, parser) : escapeText(text));
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const name = nameOf(element);
      if (!isLeftOut(element, name)) {
        const asked = parent?.asksChildren === true && !NOT_RENDERED.has(element.tagName);
        const hidden = asked && !options.isVisible(element);
        write(openTag(element, name, hidden));
        if (!(element.namespaceURI === HTML_NS && VOID.has(name))) {
          const raw = element.namespaceURI === HTML_NS && RAW_TEXT.has(name);
          if (!raw && isTextLeaf(element, name)) {
            write(`${escapeText(element.textContent)}</${name}>`);
          } else {
            const inBody = element === doc.body || parent?.asksChildren === true;
            stack.push({ element, name, asksChildren: inBody && !hidden, raw, children: childrenOf(element, name) });
          }
        }
      }
    }
    if (visited % NODES_PER_CLOCK !== 0) continue;
    if (partLength >= (copy.length === 0 && options.opening ? options.opening.chars : PART_CHARS)) {
      const part = parts.join('');
      copy.push(part);
      parts = [];
      partLength = 0;
      if (copy.length === 1) options.opening?.cut(part);
    }
    if (options.now() - sliceStart >= SLICE_MS) {
      await options.yieldToPage();
      sliceStart = options.now();
    }
  }
  copy.push(parts.join(''));
  return copy;
}
