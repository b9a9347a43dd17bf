import { insideAny, leafBlocks } from '../dom/blocks.ts';
import { normalizeSpace } from '../dom/text-normalize.ts';
import { AFFILIATE_WORDS, AUTHOR_BOX_LABELS, DISCLOSURE_WORDS, EARNING_WORDS, PAYWALL_WORDS, PROMPT_WORDS, SUPPORT_WORDS } from '../words/labels.ts';
import { isHeadingLabel, mentions } from '../words/match.ts';
import { READ_TIME } from '../words/patterns.ts';
import type { RuleInput } from './rule.ts';

const KEPT_WHOLE = new Set(['TABLE', 'PRE', 'BLOCKQUOTE']);
/** Longer than this, a block is prose that happens to use the words, not a notice. */
const MAX_NOTICE = 400;
const MAX_READ_TIME_LINE = 100;
/** An author box is short: its heading, a line or two of biography, links. */
const MAX_AUTHOR_BOX = 1000;
/** …and a small part of the article. */
const MAX_AUTHOR_BOX_SHARE = 0.2;

function noticeReason(text: string): string | null {
  if (text.length > MAX_NOTICE) return null;
  if (mentions(text, DISCLOSURE_WORDS) || (mentions(text, AFFILIATE_WORDS) && mentions(text, EARNING_WORDS))) return 'Affiliate disclosure or disclaimer';
  if (mentions(text, PAYWALL_WORDS)) return 'Subscription or sign-in prompt';
  if (mentions(text, PROMPT_WORDS)) return 'Rating request or comment-form note';
  if (mentions(text, SUPPORT_WORDS)) return 'Appeal for support or offer to republish';
  if (text.length <= MAX_READ_TIME_LINE && READ_TIME.test(text)) return 'Reading time line';
  return null;
}

/** Between the names of a byline's authors: "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal". */
const BETWEEN_AUTHORS = /\s*[,;&]\s*|\s+(?:and|und|et|y|e|и)\s+/iu;
/** A given name: "Yaren", "Jean-Luc". */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const LOWER_CASE = /^\p{Ll}$/u;
/** A person's name has at most this many words ("Arricca Elin SanSone"). */
const MAX_NAME_WORDS = 4;

/** One author of the byline: the name as printed, and its given name. */
interface Author {
  name: string;
  given: string;
}

/**
 * The byline's authors whose names could open a biography. A given name the article writes in
 * lower case is a word, not a name ("The Water Coolest", "Great Day Improvements").
 */
function bylineAuthors(byline: string | null, words: () => string): Author[] {
  const authors: Author[] = [];
  for (const name of byline?.split(BETWEEN_AUTHORS) ?? []) {
    const parts = name.trim().split(/\s+/);
    const [given] = parts;
    if (given === undefined || parts.length > MAX_NAME_WORDS || !GIVEN_NAME.test(given)) continue;
    if (!words().includes(` ${given.toLowerCase()} `)) authors.push({ name: name.trim(), given });
  }
  return authors;
}

/** A biography is a paragraph or two: past this it is the article's own prose. */
const MAX_BIOGRAPHY = 800;
/** …and a sentence: a name with an affiliation ("Jonas Jaegermeyer (Columbia University)") is a credit. */
const MIN_LOWER_CASE_WORDS = 3;

function isSentence(text: string): boolean {
  return text.split(/\s+/).filter((word) => LOWER_CASE.test(word.charAt(0))).length >= MIN_LOWER_CASE_WORDS;
}

/**
 * A short biography that opens with an author's full name ("Yaren Fadiloglulari is a freelance
 * writer …", "Mike Wall's book …"), or with the given name and a verb ("Anurag is …"; a byline
 * of one word is a company's as often as a person's: "Beachbody Performance Recharge, 1 tsp.").
 */
function isBiography(text: string, authors: readonly Author[]): boolean {
  if (text.length > MAX_BIOGRAPHY || !isSentence(text)) return false;
  return authors.some(({ name, given }) => {
    if (name !== given && text.startsWith(name) && /^[\s'’]/u.test(text.charAt(name.length))) return true;
    return text.startsWith(`${given} `) && LOWER_CASE.test(text.charAt(given.length + 1));
  });
}

/** A biography of one of the authors, or the name of one alone on its line (the biography under it may not repeat it). */
function isAuthorLine(text: string, authors: readonly Author[]): boolean {
  return isBiography(text, authors) || authors.some(({ name }) => text === name);
}

/** A name line is short: the name, perhaps the role beside it. */
const MAX_NAME_LINE = 80;
/** A line that opens with a person's name: two or three capitalised words, the first a given name. */
const NAME = /^(\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{Ll}'’-]+){1,2}(?= |$)/u;
/** Title case: every word capitalised, a number or a sign, but for the little words of a role. */
const TITLE_WORD = /^(?:[\p{Lu}\p{N}&@|·–-]|of$|and$|at$|the$|for$|in$|on$)/u;
/** A name line is a paragraph or a line of its own: a heading or a list item of the story is not one. */
const NOT_NAME_LINE = /^(?:H[1-6]|LI|DT|DD|TD|TH)$/;
/** The biography follows its name line within this many blocks (a role and a handle between). */
const BIOGRAPHY_REACH = 3;

/** "Adrien Ramirez" or "Tim Green UK-based Systems Theorist": a name, in title case, not a sentence. */
function nameOnLine(block: Element, text: string): string | null {
  if (text.length > MAX_NAME_LINE || NOT_NAME_LINE.test(block.tagName)) return null;
  const given = NAME.exec(text)?.[1];
  return given !== undefined && text.split(/\s+/).every((word) => TITLE_WORD.test(word)) ? given : null;
}

/**
 * A box that prints its author's name, then a short biography that opens with the given name and
 * a verb ("Adrien has …"). A given name the article also writes in lower case is a word ("The
 * Archive Series" over "The re-imagination of …"), not a name.
 */
function isNamedBox(blocks: readonly Element[], texts: readonly string[], index: number, words: () => string): boolean {
  const block = blocks[index];
  const given = block ? nameOnLine(block, texts[index] ?? '') : null;
  if (given === null || words().includes(` ${given.toLowerCase()} `)) return false;
  const last = Math.min(texts.length - 1, index + BIOGRAPHY_REACH);
  for (let next = index + 1; next <= last; next += 1) {
    const text = texts[next] ?? '';
    if (isBiography(text, [{ name: given, given }])) return true;
  }
  return false;
}

/**
 * Where the author box starts: a last heading "About the author" or "Written by …", a short
 * biography opening with an author's name, an author's name alone, or a name line over a biography
 * that opens with its given name (boxes of several authors: the first of them); short, at the end.
 */
function authorBoxStart(blocks: readonly Element[], texts: readonly string[], byline: string | null): number {
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  let rest = 0;
  let start = -1;
  let words: string | null = null;
  const allWords = () => (words ??= ` ${texts.join(' ')} `);
  let authors: Author[] | null = null;
  for (let index = texts.length - 1; index >= 0; index -= 1) {
    const text = texts[index] ?? '';
    rest += text.length;
    if (rest > MAX_AUTHOR_BOX || rest > total * MAX_AUTHOR_BOX_SHARE) return start;
    if (isHeadingLabel(text, AUTHOR_BOX_LABELS) || isAuthorLine(text, (authors ??= bylineAuthors(byline, allWords)))) return index;
    if (isNamedBox(blocks, texts, index, allWords)) start = index;
  }
  return start;
}

const HEADING = /^H[2-6]$/;

/**
 * The box's start moved onto the heading right before it ("Meet the testers"), which introduces
 * nothing else, with the blocks without text between them (the author's photo).
 */
function withItsHeading(blocks: readonly Element[], texts: readonly string[], start: number): number {
  let before = start - 1;
  while (before >= 0 && texts[before] === '') before -= 1;
  return before >= 0 && HEADING.test(blocks[before]?.tagName ?? '') ? before : start;
}

/**
 * Notices inside the article: affiliate disclosures and disclaimers, subscription and sign-in
 * prompts, requests to rate the article, comment-form notes, appeals for support, a reading-time
 * line, and the box about the author at its end.
 */
export function removeNotices({ root, log, context }: RuleInput): void {
  const blocks = leafBlocks(root).filter((block) => !insideAny(block, KEPT_WHOLE, root));
  const texts = blocks.map((block) => normalizeSpace(block.textContent));
  const authorBox = withItsHeading(blocks, texts, authorBoxStart(blocks, texts, context.byline));
  blocks.forEach((block, index) => {
    if (!root.contains(block)) return;
    if (authorBox >= 0 && index >= authorBox) {
      log.remove(block, 'boilerplate', 'About the author, after the article');
      return;
    }
    const reason = noticeReason(texts[index] ?? '');
    if (reason) log.remove(block, 'boilerplate', reason);
  });
}
