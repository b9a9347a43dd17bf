import { containsAny, insideAny } from '../dom/blocks.ts';
import type { TextStats } from '../dom/text-stats.ts';

const MAX_CARD_TEXT = 350;
const MIN_CARDS = 2;
/** Tags that can be a card; a link is a card only when it wraps blocks (thumbnail, headline). */
const CARD_TAGS = new Set(['LI', 'DIV', 'ARTICLE', 'SECTION', 'FIGURE', 'DL']);
const GROUP_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'FOOTER', 'DL']);
const CARD_PARTS = new Set(['DIV', 'P', 'H2', 'H3', 'H4', 'H5', 'H6', 'IMG', 'PICTURE', 'FIGURE']);
const CARD_HEADINGS = new Set(['H2', 'H3', 'H4', 'H5']);

/** A headline that is a link: a heading with a link in it, or a link around a heading. */
function hasHeadingLink(element: Element): boolean {
  for (const link of Array.from(element.getElementsByTagName('a'))) {
    if (insideAny(link, CARD_HEADINGS, element) || containsAny(link, CARD_HEADINGS)) return true;
  }
  return false;
}

const TRUNCATED = /(?:…|\.\.\.|[\p{L}\p{N},;])\s*$/u;

/** The shape of a card: its tag and the tags of its direct children. */
function signature(element: Element): string {
  const children: string[] = [];
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) children.push(child.tagName);
  return `${element.tagName}>${children.join(',')}`;
}

function headlineLink(card: Element, stats: TextStats): boolean {
  const links: Element[] = Array.from(card.getElementsByTagName('a'));
  if (card.tagName === 'A') links.push(card);
  for (const link of links) {
    const words = (link.textContent).trim().split(/\s+/).length;
    if (words >= 3 || stats.length(link) >= 12) return true;
  }
  return false;
}

function isBlockLink(card: Element): boolean {
  return card.tagName === 'A' && Array.from(card.children).some((child) => containsAny(child, CARD_PARTS));
}

function isCard(card: Element, stats: TextStats, afterBody: boolean): boolean {
  if (!CARD_TAGS.has(card.tagName) && !isBlockLink(card)) return false;
  const length = stats.length(card);
  if (length === 0 || length > MAX_CARD_TEXT || !headlineLink(card, stats)) return false;
  if (stats.linkDensity(card) >= 0.6) return true;
  const hasImage = card.getElementsByTagName('img').length > 0;
  const summary = card.getElementsByTagName('p').item(0);
  const truncated = summary !== null && TRUNCATED.test(summary.textContent);
  return hasImage && (truncated || afterBody);
}

const ELLIPSIS = /(?:…|\.\.\.)\s*$/u;
const MAX_SINGLE_CARD_TEXT = 600;

/** True when a paragraph inside ends cut off with an ellipsis, as teaser summaries do. */
export function hasTruncatedSummary(element: Element): boolean {
  return Array.from(element.getElementsByTagName('p')).some((p) => ELLIPSIS.test(p.textContent));
}

/** A lone teaser card inside the body: headline link, thumbnail or cut-off summary, little else. */
export function isTeaserCard(element: Element, stats: TextStats): boolean {
  if (!CARD_TAGS.has(element.tagName) && !isBlockLink(element)) return false;
  const length = stats.length(element);
  if (length === 0 || length > MAX_SINGLE_CARD_TEXT || !headlineLink(element, stats)) return false;
  const hasImage = element.getElementsByTagName('img').length > 0;
  const headingLink = hasHeadingLink(element);
  return headingLink && (hasTruncatedSummary(element) || (hasImage && stats.linkDensity(element) >= 0.5));
}

/**
 * Repeated card structure: two or more siblings of the same shape, each a headline link with at
 * most a thumbnail and a short (often truncated) summary.
 */
export function isCardGroup(element: Element, stats: TextStats, afterBody: boolean): boolean {
  if (!GROUP_TAGS.has(element.tagName)) return false;
  const children = Array.from(element.children).filter((child) => stats.length(child) > 0);
  if (children.length < MIN_CARDS) return false;
  const shapes = new Map<string, number>();
  let cards = 0;
  for (const child of children) {
    if (!isCard(child, stats, afterBody)) continue;
    cards += 1;
    const shape = signature(child);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  const largestShape = Math.max(0, ...shapes.values());
  return largestShape >= MIN_CARDS && cards >= children.length * 0.6;
}
