import { leadingText, leafBlocks } from '../dom/blocks.ts';
import type { TextStats } from '../dom/text-stats.ts';
import type { RuleInput } from './rule.ts';
import { COMMENT_LABELS, NEWSLETTER_WORDS, RELATED_LABELS, TAG_LABELS, VIEW_WORDS } from '../words/labels.ts';
import { isHeadingLabel, isLabel, mentions, startsWithLabel } from '../words/match.ts';
import { COUNTED_COMMENTS } from '../words/patterns.ts';
import { isShareBar } from './share-bar.ts';
import { hasTruncatedSummary, isCardGroup, isTeaserCard } from './teaser-cards.ts';
import { FORM_MARK } from '../marks.ts';
import { normalizeSpace } from '../dom/text-normalize.ts';
import { isInPageLink } from '../dom/in-page-link.ts';

const CONTAINERS = new Set(['TD', 'DIV', 'SECTION', 'FORM', 'ASIDE', 'UL', 'OL', 'NAV', 'FOOTER', 'HEADER', 'DL', 'P', 'LI', 'TABLE', 'FIGURE', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SMALL', 'BLOCKQUOTE']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'HEADER', 'LEGEND', 'CAPTION', 'DT']);
/** Containers that hold reader comments after a comment heading (never a paragraph or heading). */
const COMMENT_THREADS = new Set(['OL', 'UL', 'DIV', 'SECTION', 'ARTICLE', 'FORM', 'ASIDE', 'DL']);
const CARD_HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5']);
/** Blocks that hold a lone headline link after the story. */
const HEADLINE_BLOCKS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV']);
const INLINE = new Set(['SPAN', 'STRONG', 'B', 'SMALL']);
/** Code, taken as written: its line numbers are no menu and its `print` no share button. */
const VERBATIM = new Set(['PRE', 'CODE']);
/** Inline elements longer than this are part of a sentence, not a counter or a button. */
const SHORT_INLINE = 60;
/** A block holding more than this share of the article is never a teaser. */
const MAX_SHARE_OF_ARTICLE = 0.4;
/** After the story's last paragraph a block may be larger: it is not the story. */
const MAX_SHARE_AFTER_BODY = 0.7;
const VIEW_COUNT = /^[\d.,\s]+[kKmM万千]?\+?\s*(.*)$/u;
const CHARACTER_COUNTER = /^\d+\s*\/\s*\d+$/;

const LABEL_LENGTH = 100;
/** Texts longer than this are neither buttons, counters nor sign-up boxes. */
const SHORT_BLOCK = 400;

/** A child that is only a picture: a card's thumbnail, which may come before its label. */
function isThumbnail(element: Element, stats: TextStats): boolean {
  return stats.length(element) === 0 && (element.tagName === 'IMG' || element.getElementsByTagName('img').length > 0);
}

/** The first child of `element`, past the thumbnail a card may open with. */
function firstChildPastThumbnail(element: Element, stats: TextStats): Element | null {
  let child = element.firstElementChild;
  while (child?.nextElementSibling && isThumbnail(child, stats)) child = child.nextElementSibling;
  return child;
}

/** The heading a block opens with: a heading element, or a short first child without links. */
function openingHeading(element: Element, stats: TextStats): Element | null {
  let node = firstChildPastThumbnail(element, stats);
  for (let depth = 0; node && depth < 4; depth += 1) {
    if (HEADING_TAGS.has(node.tagName) || node.getAttribute('role') === 'heading') return node;
    if (node.nextElementSibling && stats.length(node) > 0 && stats.length(node) <= LABEL_LENGTH / 2 && stats.links(node) === 0) return node;
    node = firstChildPastThumbnail(node, stats);
  }
  return null;
}

/**
 * A short box whose one link, at its end, is a sign-up label: "Breaking News Emails · Get breaking
 * news alerts … · SUBSCRIBE", whatever its heading and pitch say.
 */
function endsWithSignUpLink(element: Element, links: number): boolean {
  if (links !== 1) return false;
  const link = element.getElementsByTagName('a')[0];
  if (!link || !isLabel(normalizeSpace(link.textContent), NEWSLETTER_WORDS)) return false;
  for (let node: Node = link; node !== element; node = node.parentNode ?? element) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (normalizeSpace(next.textContent ?? '') !== '') return false;
    }
  }
  return true;
}

function isViewCounter(text: string): boolean {
  const match = VIEW_COUNT.exec(text);
  return match !== null && /\d/.test(text) && isLabel(match[1] ?? '', VIEW_WORDS);
}

interface Verdict {
  reason: string;
  /** A teaser card or a group of them: judged by shape, so weighed together (see MAX_CARD_SHARE). */
  card?: true;
  /** A comment box: what follows it in the same container is reader comments. */
  endsArticle?: boolean;
}

function judge(element: Element, stats: TextStats, afterBody: boolean, page: string, site: string | null): Verdict | null {
  const length = stats.length(element);
  if (length === 0) return null;
  const links = stats.links(element);
  // Long text without links is prose, unless it follows the story or wraps a form.
  if (links === 0 && length >= SHORT_BLOCK && !afterBody && !element.hasAttribute(FORM_MARK)) return null;
  const text = length < SHORT_BLOCK ? normalizeSpace(element.textContent) : leadingText(element, LABEL_LENGTH);
  const heading = openingHeading(element, stats);
  const headingText = heading ? leadingText(heading, LABEL_LENGTH) : '';
  const label = headingText || text.slice(0, LABEL_LENGTH);
  const density = stats.linkDensity(element);
  const related = isHeadingLabel(headingText, RELATED_LABELS) || startsWithLabel(text, RELATED_LABELS);
  if (links > 0 && related && (density >= 0.25 || afterBody || hasTruncatedSummary(element))) {
    return { reason: `Links to other articles (“${label.slice(0, 40)}”)` };
  }
  if (element.hasAttribute(FORM_MARK) && length < SHORT_BLOCK * 2) {
    return element.getAttribute(FORM_MARK) === 'comment' ? { reason: 'Comment box', endsArticle: true } : { reason: 'Newsletter sign-up' };
  }
  if (isTeaserCard(element, stats)) return { reason: 'Teaser card for another article', card: true };
  if (links >= 2 && density >= 0.6 && (isLabel(label, TAG_LABELS) || startsWithLabel(text, TAG_LABELS))) {
    return { reason: 'Topic and tag links' };
  }
  if ((length < SHORT_BLOCK || afterBody) && (isLabel(headingText, COMMENT_LABELS) || startsWithLabel(text, COMMENT_LABELS) || COUNTED_COMMENTS.test(headingText || text))) {
    return { reason: 'Comment box', endsArticle: true };
  }
  if (length >= SHORT_BLOCK) return judgeLong(element, stats, afterBody, site, links, density);
  if (afterBody && links === 1 && density >= 0.9 && HEADLINE_BLOCKS.has(element.tagName) && text.split(' ').length >= 4 && !isAnchoredHeading(element, page) && linksStayOnSite(element, site)) {
    return { reason: 'Headline link to another article after the story' };
  }
  if (CHARACTER_COUNTER.test(text)) return { reason: 'Comment box character counter' };
  if (isViewCounter(text)) return { reason: 'View counter' };
  if (isShareBar(text)) return { reason: 'Share buttons' };
  if (mentions(headingText, NEWSLETTER_WORDS) || startsWithLabel(text, NEWSLETTER_WORDS) || endsWithSignUpLink(element, links)) {
    return { reason: 'Newsletter sign-up' };
  }
  return judgeLong(element, stats, afterBody, site, links, density);
}

function judgeLong(element: Element, stats: TextStats, afterBody: boolean, site: string | null, links: number, density: number): Verdict | null {
  if (links < 2) return null;
  const verdict = linkBlockVerdict(element, stats, afterBody, links, density);
  return verdict && linksStayOnSite(element, site) ? verdict : null;
}

/** A colon ends a sentence that introduces what follows: "For more information, see:". */
const INTRODUCES = /[:：]\s*$/u;

/** Longer than this, what comes before a list is prose of its own, not its introduction. */
const MAX_INTRO = 300;

/**
 * A list in the story that a sentence of the story introduces ("For more information, see:") is
 * the story's own: documentation points to its reference pages so after every section. The
 * sentence is the block before the list, or before the box the list alone fills.
 */
function isIntroducedList(element: Element): boolean {
  if (element.tagName !== 'UL' && element.tagName !== 'OL') return false;
  let box = element;
  while (box.parentElement && box.parentElement.children.length === 1) box = box.parentElement;
  const text = normalizeSpace(box.previousElementSibling?.textContent ?? '');
  return text.length <= MAX_INTRO && INTRODUCES.test(text) && !startsWithLabel(text, RELATED_LABELS);
}

function linkBlockVerdict(element: Element, stats: TextStats, afterBody: boolean, links: number, density: number): Verdict | null {
  if (!afterBody && isIntroducedList(element)) return null;
  if (isCardGroup(element, stats, afterBody)) return { reason: 'Teaser cards for other articles', card: true };
  if (isMenu(element, links, density)) return { reason: 'Navigation links' };
  if (afterBody && links >= 3 && density >= 0.8 && (element.tagName === 'UL' || element.tagName === 'OL' || element.tagName === 'DIV')) {
    return { reason: 'List of links after the story' };
  }
  return null;
}

/**
 * A heading whose link goes to its own anchor ("#creating-a-request") heads a section of this
 * page, not another article ("Back to our top picks", a paragraph, is only a way back up).
 */
function isAnchoredHeading(element: Element, page: string): boolean {
  return /^H[2-6]$/.test(element.tagName) && Array.from(element.getElementsByTagName('a')).some((link) => isInPageLink(link, page));
}

/** Teasers point to the site's own pages; a list of links elsewhere is sources or references. */
function linksStayOnSite(element: Element, site: string | null): boolean {
  if (site === null) return true;
  let onSite = 0;
  let offSite = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) {
    try {
      if (siteOf(new URL(link.getAttribute('href') ?? '').hostname) === site) onSite += 1;
      else offSite += 1;
    } catch {
      onSite += 1;
    }
  }
  return onSite >= offSite;
}

function siteOf(hostname: string): string {
  return hostname.replace(/^www\d*\./, '');
}

/** The site of the page's address (empty for a file), or null when it is not an address. */
function pageSite(url: string): string | null {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return null;
  }
}

const MENU_LINKS = 4;
const MENU_WORDS_PER_LINK = 3;

/** A menu: nothing but four or more links of one to three words ("Home", "News", "Your council"). */
function isMenu(element: Element, links: number, density: number): boolean {
  if (links < MENU_LINKS || density < 0.9) return false;
  const words = element.textContent.trim().split(/\s+/).length;
  return words / links <= MENU_WORDS_PER_LINK;
}

/** A short related, tag or comment heading. */
function isClutterHeading(element: Element, stats: TextStats): boolean {
  if (stats.length(element) > 80 || stats.links(element) > 0) return false;
  const text = element.textContent;
  return isHeadingLabel(text, RELATED_LABELS) || isLabel(text, TAG_LABELS) || isLabel(text, COMMENT_LABELS);
}

/** A bare heading such as "Related articles" followed by a block of links. */
function isLabelledLinkBlock(heading: Element, next: Element, stats: TextStats): boolean {
  if (stats.length(heading) > 80 || stats.links(heading) > 0) return false;
  const text = heading.textContent;
  if (!isHeadingLabel(text, RELATED_LABELS) && !isLabel(text, TAG_LABELS)) return false;
  return stats.links(next) > 0 && stats.linkDensity(next) >= 0.5;
}

/** A heading with a link in it: a card's headline. */
function isLinkedHeading(element: Element): boolean {
  return CARD_HEADING_TAGS.has(element.tagName) && element.getElementsByTagName('a').length > 0;
}

/** A summary paragraph under a linked headline, as in a teaser card (the headline may sit in the card's <header>, with its kicker). */
function isCardSummary(paragraph: Element): boolean {
  const parent = paragraph.parentElement;
  if (!parent) return false;
  return Array.from(parent.children).some((child) => isLinkedHeading(child) || (child.tagName === 'HEADER' && Array.from(child.children).some(isLinkedHeading)));
}

/** Index of the last block that reads as body text (a long paragraph). */
function lastBodyBlock(root: Element, stats: TextStats): Element | null {
  const blocks = leafBlocks(root);
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block && block.tagName === 'P' && stats.length(block) >= 150 && stats.linkDensity(block) < 0.3 && !isCardSummary(block)) return block;
  }
  return null;
}

/** One block the rule means to take out, and why. */
interface Planned {
  element: Element;
  reason: string;
  card: boolean;
}

/**
 * Cards that together hold more than this share of the article are the article: a list of the
 * best products, a programme of events, a recipe collection. Teasers are around a story, never it.
 */
const MAX_CARD_SHARE = 0.5;

/** Related-article cards and links, recommendation and tag lists, comment, share and newsletter boxes. */
export function removeTeasers({ root, context, stats, log }: RuleInput): void {
  const site = pageSite(context.url);
  const total = stats.length(root);
  const bodyEnd = lastBodyBlock(root, stats);
  const planned: Planned[] = [];
  const plan = (element: Element, reason: string, card = false): void => {
    planned.push({ element, reason, card });
  };
  let afterBody = false;
  const walk = (element: Element): void => {
    let child = element.firstElementChild;
    while (child) {
      let next = child.nextElementSibling;
      if (child === bodyEnd) {
        afterBody = true;
        child = next;
        continue;
      }
      if (VERBATIM.has(child.tagName)) {
        child = next;
        continue;
      }
      const length = stats.length(child);
      const share = afterBody ? MAX_SHARE_AFTER_BODY : MAX_SHARE_OF_ARTICLE;
      const candidate = CONTAINERS.has(child.tagName) && length <= total * share && (length <= SHORT_INLINE || !INLINE.has(child.tagName));
      const verdict = candidate ? judge(child, stats, afterBody, context.url, site) : null;
      if (verdict) {
        plan(child, verdict.reason, verdict.card);
        if (verdict.endsArticle && length <= LABEL_LENGTH) {
          while (next && COMMENT_THREADS.has(next.tagName)) {
            plan(next, 'Reader comments after the comment box');
            next = next.nextElementSibling;
          }
        }
      } else if (!next && isClutterHeading(child, stats)) {
        plan(child, 'Heading left without its links');
      } else if (next && isLabelledLinkBlock(child, next, stats)) {
        const label = normalizeSpace(child.textContent).slice(0, 40);
        plan(child, `Heading of links to other articles (“${label}”)`);
        plan(next, `Links to other articles (“${label}”)`);
        child = next.nextElementSibling;
        continue;
      } else {
        walk(child);
      }
      child = next;
    }
  };
  walk(root);
  const cards = planned.filter((entry) => entry.card).reduce((sum, entry) => sum + stats.length(entry.element), 0);
  const keepCards = cards > total * MAX_CARD_SHARE;
  for (const entry of planned) {
    if (!(keepCards && entry.card)) log.remove(entry.element, 'teasers', entry.reason);
  }
}
