import { leafBlocks, type TextStats } from './blocks.ts';
import type { RuleInput } from './clean.ts';
import { COMMENT_LABELS, NEWSLETTER_WORDS, RELATED_LABELS, TAG_LABELS, VIEW_WORDS, isLabel, mentions, startsWithLabel } from './keywords.ts';
import { isShareBar } from './share-bar.ts';
import { isCardGroup } from './cards.ts';
import { normalizeSpace } from './text-normalize.ts';

const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'FOOTER', 'HEADER', 'DL', 'P', 'LI', 'TABLE', 'FIGURE', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SMALL', 'BLOCKQUOTE']);
const HEADINGS = 'h1, h2, h3, h4, h5, h6, strong, b, header, [role="heading"]';
/** A block holding more than this share of the article is never a teaser. */
const MAX_SHARE_OF_ARTICLE = 0.4;
const VIEW_COUNT = /^[\d.,\s]+[kKmM万千]?\+?\s*(.*)$/u;
const CHARACTER_COUNTER = /^\d+\s*\/\s*\d+$/;

/** The block's label: its first heading's text, or else the start of its own text. */
function labelOf(element: Element): string {
  const heading = element.querySelector(HEADINGS);
  return normalizeSpace((heading ?? element).textContent).slice(0, 100);
}

function isViewCounter(text: string): boolean {
  const match = VIEW_COUNT.exec(text);
  return match !== null && /\d/.test(text) && isLabel(match[1] ?? '', VIEW_WORDS);
}

interface Verdict {
  reason: string;
}

function judge(element: Element, stats: TextStats, afterBody: boolean): Verdict | null {
  const text = normalizeSpace(element.textContent);
  if (!text) return null;
  const label = labelOf(element);
  const links = element.getElementsByTagName('a').length + (element.tagName === 'A' ? 1 : 0);
  const density = stats.linkDensity(element);
  if (links > 0 && (isLabel(label, RELATED_LABELS) || startsWithLabel(text, RELATED_LABELS)) && density >= 0.25) {
    return { reason: `Links to other articles (“${label.slice(0, 40)}”)` };
  }
  if (links >= 2 && density >= 0.6 && (isLabel(label, TAG_LABELS) || startsWithLabel(text, TAG_LABELS))) {
    return { reason: 'Topic and tag links' };
  }
  if (text.length < 400 && (isLabel(label, COMMENT_LABELS) || startsWithLabel(text, COMMENT_LABELS))) {
    return { reason: 'Comment box' };
  }
  if (CHARACTER_COUNTER.test(text)) return { reason: 'Comment box character counter' };
  if (isViewCounter(text)) return { reason: 'View counter' };
  if (isShareBar(text)) return { reason: 'Share buttons' };
  if (text.length < 400 && (mentions(label, NEWSLETTER_WORDS) && label !== text || startsWithLabel(text, NEWSLETTER_WORDS))) {
    return { reason: 'Newsletter sign-up' };
  }
  if (isCardGroup(element, stats, afterBody)) return { reason: 'Teaser cards for other articles' };
  if (afterBody && links >= 3 && density >= 0.8 && (element.tagName === 'UL' || element.tagName === 'OL' || element.tagName === 'DIV')) {
    return { reason: 'List of links after the story' };
  }
  return null;
}

/** A bare heading such as "Related articles" followed by a block of links. */
function isLabelledLinkBlock(heading: Element, next: Element, stats: TextStats): boolean {
  if (heading.getElementsByTagName('a').length > 0 || stats.length(heading) > 80) return false;
  const text = heading.textContent;
  if (!isLabel(text, RELATED_LABELS) && !isLabel(text, TAG_LABELS)) return false;
  return next.getElementsByTagName('a').length > 0 && stats.linkDensity(next) >= 0.5;
}

/** Index of the last block that reads as body text (a long paragraph). */
function lastBodyBlock(root: Element, stats: TextStats): Element | null {
  const blocks = leafBlocks(root);
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block && block.tagName === 'P' && stats.length(block) >= 150 && stats.linkDensity(block) < 0.3) return block;
  }
  return null;
}

function isAfter(element: Element, marker: Element | null): boolean {
  if (!marker) return false;
  return (marker.compareDocumentPosition(element) & 4) !== 0 && !element.contains(marker);
}

/** Related-article cards and links, recommendation and tag lists, comment, share and newsletter boxes. */
export function removeTeasers({ root, stats, log }: RuleInput): void {
  const total = stats.length(root);
  const bodyEnd = lastBodyBlock(root, stats);
  const walk = (element: Element): void => {
    let child = element.firstElementChild;
    while (child) {
      const next = child.nextElementSibling;
      const verdict =
        CONTAINERS.has(child.tagName) && stats.length(child) <= total * MAX_SHARE_OF_ARTICLE
          ? judge(child, stats, isAfter(child, bodyEnd))
          : null;
      if (verdict) {
        log.remove(child, 'teasers', verdict.reason);
      } else if (next && isLabelledLinkBlock(child, next, stats)) {
        const label = normalizeSpace(child.textContent);
        log.remove(child, 'teasers', `Heading of links to other articles (“${label.slice(0, 40)}”)`);
        log.remove(next, 'teasers', `Links to other articles (“${label.slice(0, 40)}”)`);
        child = next.nextElementSibling;
        continue;
      } else {
        walk(child);
      }
      child = next;
    }
  };
  walk(root);
}
