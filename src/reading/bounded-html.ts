import { html as spec, parse, serializeOuter, type DefaultTreeAdapterTypes as T } from 'parse5';

/**
 * Pages jsdom cannot build in time, simplified before it builds them. jsdom spends about 40 µs on
 * each element it adds and, for each, a step per ancestor, so a page of 150,000 tiny elements takes
 * it 6 s and one nested 5,000 deep 4 s before anything is read; Readability's own work on such
 * trees is worse (it moves every <font> it renames, subtree and all). parse5 alone, the parser
 * inside jsdom, builds the same tree without a DOM in a tenth of the time: the page is parsed and
 * measured with it first, and a page out of bounds is simplified on that tree and handed to jsdom
 * as HTML again. A page within bounds goes to jsdom exactly as it came: no page of either
 * benchmark corpus comes near a bound (at most 6,736 elements, 56 deep, 19 formatting elements
 * inside one of their own name).
 */

/**
 * Past this depth (real pages stay under 60), a <div> whose only content is another <div> (or a
 * <span> in a <span>) is unwrapped: Readability climbs such chains anyway, and cleans every level
 * of them once per level beneath, which in jsdom takes seconds on a chain 500 deep.
 */
const DEEP = 128;

/** Chromium's parser nests no deeper: past it, it adds elements beside the deepest one. */
const MAX_DEPTH = 512;

/** Elements that mean nothing but a box: one inside another of the same name is the same box. */
const BOXES = new Set(['div', 'span']);

/**
 * Formatting elements inside one of the same name past which they are unwrapped. Unclosed <font>,
 * <b> or <i> make the parser open every one still active again in each paragraph: 240 of them in
 * 9 KB of HTML become 29,000 elements, nested 240 deep.
 */
const MAX_REDUNDANT_FORMATTING = 1_000;

/** Past this many elements, or on a page simplified anyway, those that hold nothing to read are taken out. */
const MANY_ELEMENTS = 20_000;

/** The HTML parser's formatting elements (the ones it opens again), but <a>. */
const FORMATTING = new Set(['b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** Phrasing elements with no link or media of their own: unwrapped, their text stays where it was. */
const PHRASING = new Set([...FORMATTING, 'abbr', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'ins', 'kbd', 'mark', 'q', 'samp', 'span', 'sub', 'sup', 'time', 'var']);

/** Elements kept however little they hold: media, form controls, table cells, void and inert elements. */
const KEPT = new Set([
  'area', 'audio', 'base', 'br', 'button', 'canvas', 'caption', 'col', 'colgroup', 'embed', 'hr', 'iframe', 'img', 'input', 'link',
  'math', 'meta', 'meter', 'noscript', 'object', 'option', 'optgroup', 'output', 'picture', 'progress', 'script', 'select', 'source', 'style',
  'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'video', 'wbr',
]);

const DOCTYPE: Record<string, string> = {
  [spec.DOCUMENT_MODE.NO_QUIRKS]: '<!DOCTYPE html>',
  [spec.DOCUMENT_MODE.LIMITED_QUIRKS]: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
  [spec.DOCUMENT_MODE.QUIRKS]: '',
};

export type BoundedHtml = { ok: true; html: string } | { ok: false; elements: number };

function isElement(node: T.ChildNode): node is T.Element {
  return 'tagName' in node;
}

function isHtml(element: T.Element): boolean {
  return element.namespaceURI === spec.NS.HTML;
}

/**
 * Walks the elements under `root` depth first without recursion (pages nest deeper than the
 * stack): `enter` before an element's children, `leave` after them, with the element's place
 * among its parent's children. `leave` may give the element's children anew.
 */
function walk(root: T.ParentNode, enter: (element: T.Element, depth: number) => void, leave: (element: T.Element, index: number) => void): void {
  const stack: { parent: T.ParentNode; next: number }[] = [{ parent: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const child = top.parent.childNodes[top.next];
    top.next += 1;
    if (child === undefined) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent !== undefined) leave(top.parent as T.Element, parent.next - 1);
    } else if (isElement(child)) {
      enter(child, stack.length);
      stack.push({ parent: child, next: 0 });
    }
  }
}

interface Measure {
  elements: number;
  depth: number;
  redundantFormatting: number;
}

function isTemplate(element: T.Element): element is T.Template {
  return element.tagName === 'template' && 'content' in element;
}

/**
 * Counts the elements under `root`, its depth and its redundant formatting elements. A <template>'s
 * content is not among its children, but jsdom builds it all the same: its elements are counted too
 * (and left as they are: nothing reads them).
 */
function measure(root: T.ParentNode): Measure {
  const result: Measure = { elements: 0, depth: 0, redundantFormatting: 0 };
  const open = new Map<string, number>();
  walk(
    root,
    (element, depth) => {
      result.elements += 1;
      result.depth = Math.max(result.depth, depth);
      if (isTemplate(element)) result.elements += measure(element.content).elements;
      if (!FORMATTING.has(element.tagName)) return;
      const count = open.get(element.tagName) ?? 0;
      if (count > 0) result.redundantFormatting += 1;
      open.set(element.tagName, count + 1);
    },
    (element) => {
      if (FORMATTING.has(element.tagName)) open.set(element.tagName, (open.get(element.tagName) ?? 1) - 1);
    },
  );
  return result;
}

/** Gives `parent` its children anew: those in `unwrapped` replaced by their own, those in `removed` left out. */
function rebuildChildren(parent: T.Element, unwrapped: ReadonlySet<T.ChildNode>, removed: ReadonlySet<T.ChildNode>): void {
  if (!parent.childNodes.some((child) => unwrapped.has(child) || removed.has(child))) return;
  parent.childNodes = parent.childNodes.flatMap((child) => {
    if (removed.has(child)) return [];
    if (!unwrapped.has(child) || !isElement(child)) return [child];
    for (const grandchild of child.childNodes) grandchild.parentNode = parent;
    return child.childNodes;
  });
}

/** A <b> inside a <b> is no bolder: formatting elements inside one of the same name are unwrapped. */
function unwrapRedundantFormatting(doc: T.Document): void {
  const open = new Map<string, number>();
  const unwrapped = new Set<T.ChildNode>();
  walk(
    doc,
    (element) => {
      if (FORMATTING.has(element.tagName)) open.set(element.tagName, (open.get(element.tagName) ?? 0) + 1);
    },
    (element) => {
      rebuildChildren(element, unwrapped, new Set());
      if (!FORMATTING.has(element.tagName)) return;
      const count = open.get(element.tagName) ?? 1;
      open.set(element.tagName, count - 1);
      if (count > 1 && isHtml(element)) unwrapped.add(element);
    },
  );
}

function isBlank(node: T.ChildNode): boolean {
  return node.nodeName === '#comment' || ('value' in node && node.value.trim() === '');
}

/** Chains of boxes in boxes of the same name (a <div> holding one <div> and nothing else) collapse to the innermost. */
function collapseBoxChains(doc: T.Document): void {
  const unwrapped = new Set<T.ChildNode>();
  walk(
    doc,
    () => undefined,
    (element) => {
      rebuildChildren(element, unwrapped, new Set());
      if (!isHtml(element) || !BOXES.has(element.tagName)) return;
      const content = element.childNodes.filter((child) => !isBlank(child));
      const [only] = content;
      if (content.length === 1 && only !== undefined && isElement(only) && only.tagName === element.tagName && isHtml(only)) unwrapped.add(element);
    },
  );
}

/**
 * Puts every element under `last` (an element as deep as the parser nests) beside the others in
 * `last`, in the order of the page, each keeping its own text, near enough what Chromium's parser
 * builds.
 */
function flattenUnder(last: T.Element): void {
  const dropElements = (element: T.Element): void => {
    element.childNodes = element.childNodes.filter((node) => !isElement(node));
  };
  const flattened: T.ChildNode[] = [];
  for (const child of last.childNodes) {
    flattened.push(child);
    if (!isElement(child)) continue;
    walk(
      child,
      (element) => {
        element.parentNode = last;
        flattened.push(element);
      },
      dropElements,
    );
    dropElements(child);
  }
  last.childNodes = flattened;
}

/** Nesting past the parser's limit, flattened much as Chromium's parser does it. */
function flattenDeepNesting(doc: T.Document): void {
  const deepest: T.Element[] = [];
  walk(
    doc,
    (element, depth) => {
      if (depth === MAX_DEPTH) deepest.push(element);
    },
    () => undefined,
  );
  for (const element of deepest) flattenUnder(element);
}

function visibleCharacters(element: T.Element): number {
  let count = 0;
  for (const child of element.childNodes) {
    if ('value' in child) count += child.value.replace(/\s+/g, '').length;
  }
  return count;
}

function isWords(node: T.ChildNode | undefined): boolean {
  return node !== undefined && 'value' in node && /\S/.test(node.value);
}

/**
 * Takes out the elements that hold nothing to read: no element, no media, at most one character.
 * One in running text (a drop cap, a footnote mark: a phrasing element with words right beside it)
 * is unwrapped, its character kept; any other is removed, and a parent left with nothing goes the
 * same way. Unwrapping them all would run thousands of stray characters together into one long
 * paragraph, which Readability takes for text.
 */
function dropTinyElements(body: T.Element): boolean {
  const unwrapped = new Set<T.ChildNode>();
  const removed = new Set<T.ChildNode>();
  walk(
    body,
    () => undefined,
    (element, index) => {
      rebuildChildren(element, unwrapped, removed);
      if (!isHtml(element) || KEPT.has(element.tagName) || element.childNodes.some(isElement) || visibleCharacters(element) > 1) return;
      const siblings = element.parentNode?.childNodes ?? [];
      const inText = PHRASING.has(element.tagName) && (isWords(siblings[index - 1]) || isWords(siblings[index + 1]));
      (inText ? unwrapped : removed).add(element);
    },
  );
  rebuildChildren(body, unwrapped, removed);
  return unwrapped.size + removed.size > 0;
}

function bodyOf(doc: T.Document): T.Element | null {
  const root = doc.childNodes.find(isElement);
  return root?.childNodes.find((child): child is T.Element => isElement(child) && child.tagName === 'body') ?? null;
}

function serialized(doc: T.Document): string {
  const root = doc.childNodes.find(isElement);
  return root ? `${DOCTYPE[doc.mode] ?? ''}${serializeOuter(root, { scriptingEnabled: false })}` : '';
}

/**
 * The page's HTML as jsdom should build it: as it came when within bounds, else simplified (see
 * above); or how many elements it has when even simplified it holds more than `maxElements`.
 */
export function boundHtml(html: string, maxElements: number): BoundedHtml {
  const doc = parse(html, { scriptingEnabled: false });
  let measured = measure(doc);
  let changed = false;
  if (measured.redundantFormatting > MAX_REDUNDANT_FORMATTING) {
    unwrapRedundantFormatting(doc);
    measured = measure(doc);
    changed = true;
  }
  if (measured.depth > DEEP) {
    collapseBoxChains(doc);
    measured = measure(doc);
    changed = true;
  }
  if (measured.depth > MAX_DEPTH) {
    flattenDeepNesting(doc);
    changed = true;
  }
  const body = bodyOf(doc);
  if ((changed || measured.elements > MANY_ELEMENTS) && body !== null && dropTinyElements(body)) {
    measured = measure(doc);
    changed = true;
  }
  if (measured.elements > maxElements) return { ok: false, elements: measured.elements };
  return { ok: true, html: changed ? serialized(doc) : html };
}
