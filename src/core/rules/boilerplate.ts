import { BLOCK_TAGS, insideAny, leafBlocks } from '../dom/blocks.ts';
import { isInPageLink } from '../dom/in-page-link.ts';
import type { TextStats } from '../dom/text-stats.ts';
import { removeNotices } from './notices.ts';
import type { RuleInput } from './rule.ts';
import { CHROME_LINES, EDIT_LABELS, FOLLOW_WORDS, SKIP_LINK_LABELS } from '../words/labels.ts';
import { isHeadingLabel, isLabel, mentions, startsWithLabel } from '../words/match.ts';
import { BYLINE, COMMENT_COUNT, COOKIE_NOTICE, COPYRIGHT, DATE, DATED_LINE, END_LINE, LOOSE_DATE, VIEW_COUNT } from '../words/patterns.ts';
import { inkLength, normalizeSpace, textKey } from '../dom/text-normalize.ts';
import { FIELD_LABEL_MARK } from '../marks.ts';

/** Blocks whose lines belong to them: a table's cells, a code block's lines, a quotation's source. */
export const KEPT_WHOLE: ReadonlySet<string> = new Set(['TABLE', 'PRE', 'BLOCKQUOTE']);

/** A paragraph this long (in non-space characters) reads as body text. */
const BODY_BLOCK = 80;
const MAX_META_LINE = 160;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

function hasDate(text: string): boolean {
  return DATE.test(text) || LOOSE_DATE.test(text);
}

function isMetaLine(block: Element, text: string, byline: string | null): boolean {
  if (text.length > MAX_META_LINE) return false;
  if (block.getElementsByTagName('time').length > 0) return true;
  if (byline && textKey(text).includes(textKey(byline)) && text.length < byline.length + 60) return true;
  if (BYLINE.test(text)) return true;
  return (hasDate(text) && text.split(/\s+/).length <= 12) || BARE_URL.test(text);
}

/** Words a date may carry and still be a date line: "answered Jan 20, 2015 at 19:39", "Last edited: Jul 6, 2024". */
const DATE_LINE_WORDS = 3;
const EVERY_DATE = new RegExp(DATE.source, `${DATE.flags}g`);
const EVERY_LOOSE_DATE = new RegExp(LOOSE_DATE.source, `${LOOSE_DATE.flags}g`);

/** A date alone, the author's name alone or a bare address: a line that says when, who or where, not what. */
export function isTrailingMeta(text: string, byline: string | null): boolean {
  if (BARE_URL.test(text) || (byline !== null && textKey(text) === textKey(byline))) return true;
  if (!hasDate(text)) return false;
  const rest = text.replace(EVERY_DATE, ' ').replace(EVERY_LOOSE_DATE, ' ');
  return (rest.match(/\p{L}+/gu) ?? []).length <= DATE_LINE_WORDS;
}

/** "Updated: 11:05, Tue, Nov 19, 2019" anywhere in the body. */
function isDatedLine(text: string): boolean {
  return text.length <= 100 && DATED_LINE.test(text) && hasDate(text);
}

/** A meta line repeated inside the body: a date or byline with a view counter. */
function isStrayMetaLine(text: string): boolean {
  return text.length <= MAX_META_LINE && (VIEW_COUNT.test(text) || COMMENT_COUNT.test(text)) && hasDate(text);
}

function isEndLine(text: string): boolean {
  if (text.length > 600) return false;
  if (END_LINE.test(text)) return true;
  return text.length <= 200 && (COPYRIGHT.test(text) || mentions(text.slice(0, 40), FOLLOW_WORDS));
}

/**
 * Breadcrumbs: a short line mostly of links ("Home › News › World"). Its last crumb may be the
 * story's own title, unlinked ("Home › News › Minister resigns after vote"): the links then make
 * up the line before it.
 */
function isBreadcrumb(block: Element, text: string, stats: TextStats, title: string): boolean {
  if (block.getElementsByTagName('a').length < 2) return false;
  const crumbs = title.length > 0 && text.endsWith(title) ? text.slice(0, -title.length) : text;
  const ink = inkLength(crumbs);
  return ink > 0 && crumbs.split(/\s+/).length <= 12 && stats.linkedLength(block) >= 0.7 * ink;
}

function isChromeLine(text: string): boolean {
  return text.length <= 40 && (isLabel(text, CHROME_LINES) || startsWithLabel(text, CHROME_LINES));
}

const SEPARATOR_TEXT = /^[\s|·•/–—-]*$|[|·•]\s*$/u;

function standsAlone(node: ChildNode | null, forward: boolean): boolean {
  let current = node;
  while (current && current.nodeType === 3 && !(current as Text).data.trim()) current = forward ? current.nextSibling : current.previousSibling;
  if (!current) return true;
  if (current.nodeType === 1) return (current as Element).tagName === 'BR' || BLOCK_TAGS.has((current as Element).tagName);
  const data = (current as Text).data;
  return SEPARATOR_TEXT.test(forward ? data.trimStart().slice(0, 1) : data);
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A heading's "[edit]" link, with the brackets around it when they are all that is left. */
function removeEditLink(link: Element, log: RuleInput['log']): void {
  const holder = link.parentElement;
  log.remove(link, 'boilerplate', 'Edit link in a heading');
  if (holder && !HEADINGS.has(holder.tagName) && /^[\s[\]|]*$/.test(holder.textContent)) holder.remove();
}

/**
 * What a permalink shows beside a heading or a definition (Sphinx's "¶", "#", "§", a link emoji), or
 * nothing but invisible characters when its icon is drawn by the page's style sheet.
 */
const PERMALINK_TEXT = /^[\s\u200b-\u200d\ufeff]*(?:[¶#§⚓🔗]\ufe0f?)?[\s\u200b-\u200d\ufeff]*$/u;
/** Where permalinks sit: headings, and the terms of definition lists (an API's functions). */
const ANCHORED = new Set([...HEADINGS, 'DT']);

/** A heading's link to itself: an in-page link that shows a permalink's sign or nothing, with no image. */
function isPermalink(link: Element, shown: string, root: Element, pageUrl: string): boolean {
  return PERMALINK_TEXT.test(shown) && link.getElementsByTagName('img').length === 0 && insideAny(link, ANCHORED, root) && isInPageLink(link, pageUrl);
}

/** A forum post's number, a link to the post itself ("#12"), not an issue number in a sentence. */
const POST_NUMBER = /^#\d{1,6}$/;

/** Nothing but white space comes before `element` in the block around it: it opens the block. */
function opensItsBlock(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root && !BLOCK_TAGS.has(node.tagName); node = node.parentElement) {
    for (let before = node.previousSibling; before; before = before.previousSibling) {
      if (before.nodeType === 1 || before.textContent?.trim()) return false;
    }
  }
  return true;
}

/**
 * Furniture links set apart by line breaks or separators ("| Printer-friendly version", "Back to
 * top"), forum posts' numbers ("#3", a link to the post), headings' edit links and permalink signs
 * ("¶"), and links that open their block to skip the reader to another part of the page ("Jump to
 * the list ⤵" before the first paragraph): where they lead is the article the reader already has,
 * and a sentence that offers to skip ahead keeps its words.
 */
function removeChromeLinks({ root, context, log }: RuleInput): void {
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    const shown = link.textContent;
    if (isPermalink(link, shown, root, context.url)) {
      log.remove(link, 'boilerplate', 'Permalink sign beside a heading');
      continue;
    }
    const text = normalizeSpace(shown);
    // A skip link may name what it skips ("Skip Course introduction and Topic navigation block").
    if (isHeadingLabel(text, SKIP_LINK_LABELS) && isInPageLink(link, context.url) && opensItsBlock(link, root)) {
      log.remove(link, 'boilerplate', 'Link that skips to another part of the page');
      continue;
    }
    if (!text || text.length > 40) continue;
    if (insideAny(link, HEADINGS, root) && isLabel(text, EDIT_LABELS)) removeEditLink(link, log);
    else if (standsAlone(link.previousSibling, false) && standsAlone(link.nextSibling, true)) {
      if (isLabel(text, CHROME_LINES)) log.remove(link, 'boilerplate', 'Page furniture (buttons, labels, advertising)');
      else if (POST_NUMBER.test(text)) log.remove(link, 'boilerplate', "A forum post's number");
    }
  }
}

/** A label longer than this is more than a field's name: it stays. */
const MAX_FIELD_LABEL = 80;

/** Labels of form fields Readability dropped ("First name*", "Email address"): names of nothing now. */
function removeFieldLabels({ root, log }: RuleInput): void {
  for (const label of Array.from(root.querySelectorAll(`[${FIELD_LABEL_MARK}]`))) {
    if (normalizeSpace(label.textContent).length <= MAX_FIELD_LABEL) log.remove(label, 'boilerplate', "A form field's label, without its field");
  }
}

/** Page furniture inside the article: header lines, meta lines, chrome lines, end-of-article lines, notices. */
export function removeBoilerplate(input: RuleInput): void {
  removeFieldLabels(input);
  removeChromeLinks(input);
  removeFurnitureBlocks(input);
  removeNotices(input);
}

function removeFurnitureBlocks({ root, context, stats, log }: RuleInput): void {
  const blocks = leafBlocks(root).filter((block) => !insideAny(block, KEPT_WHOLE, root));
  let inHeader = true;
  let lastBody = -1;
  blocks.forEach((block, index) => {
    if (block.tagName === 'P' && stats.length(block) >= BODY_BLOCK && stats.linkDensity(block) < 0.5 && !isEndLine(normalizeSpace(block.textContent))) {
      lastBody = index;
    }
  });
  const title = normalizeSpace(context.title);
  blocks.forEach((block, index) => {
    const text = normalizeSpace(block.textContent);
    if (!text || !root.contains(block)) return;
    // Breadcrumbs that end in the story's title may be as long as a paragraph.
    const breadcrumb = inHeader && isBreadcrumb(block, text, stats, title);
    if (inHeader && !breadcrumb && stats.length(block) >= BODY_BLOCK) inHeader = false;
    if (isChromeLine(text)) {
      log.remove(block, 'boilerplate', 'Page furniture (buttons, labels, advertising)');
    } else if (breadcrumb || (inHeader && isMetaLine(block, text, context.byline))) {
      log.remove(block, 'boilerplate', 'Header line before the story (byline, date, breadcrumbs)');
    } else if (isDatedLine(text) || (text.length <= 300 && COOKIE_NOTICE.test(text))) {
      log.remove(block, 'boilerplate', 'Publication line or cookie notice inside the body');
    } else if (isStrayMetaLine(text)) {
      log.remove(block, 'boilerplate', 'Byline, date and view count repeated in the body');
    } else if (index > lastBody && lastBody >= 0 && block.tagName !== 'LI' && isEndLine(text)) {
      log.remove(block, 'boilerplate', 'End-of-article line (follow us, copyright, credits)');
    }
  });
}
