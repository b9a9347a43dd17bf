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

/** The first name of the byline's author: "Yaren" of "Yaren Fadiloglulari"; null for a byline that is no name. */
function firstName(byline: string | null): string | null {
  const words = byline?.trim().split(/\s+/) ?? [];
  const [first] = words;
  return first !== undefined && words.length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(first) ? first : null;
}

/** A short biography that opens with the author's name: "Yaren Fadiloglulari is a freelance writer …". */
function isBiography(text: string, name: string | null): boolean {
  return name !== null && text.length <= MAX_NOTICE && text.startsWith(`${name} `);
}

/**
 * Where the author box starts: a last heading "About the author" or "Written by …", or a short
 * biography opening with the author's name; short, at the end.
 */
function authorBoxStart(texts: readonly string[], byline: string | null): number {
  const name = firstName(byline);
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  let rest = 0;
  for (let index = texts.length - 1; index >= 0; index -= 1) {
    const text = texts[index] ?? '';
    rest += text.length;
    if (rest > MAX_AUTHOR_BOX || rest > total * MAX_AUTHOR_BOX_SHARE) return -1;
    if (isHeadingLabel(text, AUTHOR_BOX_LABELS) || isBiography(text, name)) return index;
  }
  return -1;
}

/**
 * Notices inside the article: affiliate disclosures and disclaimers, subscription and sign-in
 * prompts, requests to rate the article, comment-form notes, appeals for support, a reading-time
 * line, and the box about the author at its end.
 */
export function removeNotices({ root, log, context }: RuleInput): void {
  const blocks = leafBlocks(root).filter((block) => !insideAny(block, KEPT_WHOLE, root));
  const texts = blocks.map((block) => normalizeSpace(block.textContent));
  const authorBox = authorBoxStart(texts, context.byline);
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
