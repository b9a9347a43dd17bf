import type { VisibilityOracle } from '../core/types.ts';

/** Content the reader can open (a closed <details>, a collapsed `hidden="until-found"` section). */
const COLLAPSED = 'details:not([open]), [hidden="until-found"]';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements that never have a box of their own; their parent's visibility is theirs. */
const BOXLESS = new Set(['AREA', 'COL', 'COLGROUP', 'DATALIST', 'OPTGROUP', 'OPTION', 'PARAM', 'SOURCE', 'TRACK']);

/** Boxes this small or smaller are the "visually hidden" pattern: text for screen readers only. */
const SCREEN_READER_ONLY_SIZE = 1;

function clipsValue(value: string): boolean {
  return value === 'hidden' || value === 'clip';
}

function clips(style: CSSStyleDeclaration): boolean {
  return clipsValue(style.overflowX) || clipsValue(style.overflowY);
}

function isOutOfPositionedFlow(style: CSSStyleDeclaration): boolean {
  return style.position === 'absolute' || style.position === 'fixed';
}

/**
 * Rendered at all: display and visibility (checkVisibility where the browser has it). Opacity is
 * not asked: pages fade paragraphs in as they scroll, and text still at opacity 0 is the article.
 */
function isRendered(element: Element, style: CSSStyleDeclaration): boolean {
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ checkVisibilityCSS: true });
  }
  return style.display !== 'none' && style.visibility === 'visible';
}

/** A box nobody can see: collapsed to nothing with its content clipped, or parked off the page. */
function isOutOfSight(element: Element, style: CSSStyleDeclaration, view: Window): boolean {
  const clipped = clips(style);
  const positioned = isOutOfPositionedFlow(style);
  // Most boxes neither clip nor leave the flow: they are in sight without building a rectangle.
  if (!clipped && !positioned) return false;
  const box = element.getBoundingClientRect();
  const empty = box.width === 0 || box.height === 0;
  if (empty && clipped) return true;
  if (!positioned) return false;
  const tiny = box.width <= SCREEN_READER_ONLY_SIZE && box.height <= SCREEN_READER_ONLY_SIZE;
  if (tiny && (clipped || style.getPropertyValue('clip').startsWith('rect'))) return true;
  if (empty) return false;
  if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return true;
  return style.position === 'fixed' && (box.left >= view.innerWidth || box.top >= view.innerHeight);
}

/** A document or a shadow root, by node type: `instanceof` is not to be trusted across a content script's world. */
function isTreeRoot(node: Node): node is Document | DocumentFragment {
  return node.nodeType === node.DOCUMENT_NODE || node.nodeType === node.DOCUMENT_FRAGMENT_NODE;
}

/**
 * Builds the oracle the core uses to keep what the reader cannot see on the live page (hidden
 * copies, off-canvas menus, screen-reader-only text) out of extraction. It is asked top-down and
 * only about elements whose ancestors it called visible.
 */
export function createVisibilityOracle(view: Window): VisibilityOracle {
  // Firefox lays a page out only once its stylesheets have come; until then checkVisibility calls
  // every element invisible, and a reader who clicked while the page loaded got "no article".
  // Asking for a box makes it lay the page out now.
  view.document.documentElement.getBoundingClientRect();
  const collapsedIn = new Map<Node, boolean>();
  // Most pages (and shadow trees) have nothing collapsed: asked once for each, it spares every
  // element a look up its ancestors, which cost as much as its style on news pages in Chromium.
  const mayBeCollapsed = (element: Element): boolean => {
    const root = element.getRootNode();
    let has = collapsedIn.get(root);
    if (has === undefined) {
      has = isTreeRoot(root) && root.querySelector(COLLAPSED) !== null;
      collapsedIn.set(root, has);
    }
    return has;
  };
  return (element) => {
    if (BOXLESS.has(element.tagName)) return true;
    // Parts of a drawing (gradients, clip paths, titles) have no box; the <svg> itself is asked.
    if (element.namespaceURI === SVG_NS && element.localName !== 'svg') return true;
    const style = view.getComputedStyle(element);
    // No box of its own: its children are asked in turn.
    if (style.display === 'contents') return true;
    // Collapsed content is content the reader can open, so only what the page hides outright goes.
    if (element.tagName !== 'SUMMARY' && mayBeCollapsed(element) && element.parentElement?.closest(COLLAPSED)) {
      return style.display !== 'none' && style.visibility !== 'hidden';
    }
    return isRendered(element, style) && !isOutOfSight(element, style, view);
  };
}
