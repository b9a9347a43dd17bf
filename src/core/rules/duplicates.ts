import { insideAny, isVerse, leafBlocks } from '../dom/blocks.ts';
import { textKey, weightedLength } from '../dom/text-normalize.ts';
import type { RuleInput } from './rule.ts';

const VERBATIM = new Set(['TABLE', 'PRE']);
const QUOTES = new Set(['BLOCKQUOTE', 'ASIDE']);

/** A repeated block at least this long goes on its own (no paragraph is meant to be read twice). */
const LONG_BLOCK = 120;
/** Prose: ends like a sentence. Lists of ingredients or specs repeat legitimately. */
const SENTENCE_END = /[.!?。！？…»"”’]\s*$/u;
const MIN_PULL_QUOTE = 30;

function removeTitleRepeats({ root, context, log }: RuleInput): void {
  const title = textKey(context.title);
  if (!title) return;
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3'))) {
    if (textKey(heading.textContent) === title) log.remove(heading, 'duplicates', 'Repeats the headline');
  }
}

function removeRepeatedImages({ root, log }: RuleInput): void {
  const seen = new Set<string>();
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (!src || src.startsWith('data:') || !root.contains(img)) continue;
    if (seen.has(src)) {
      const figure = img.closest('figure');
      log.remove(figure && root.contains(figure) ? figure : img, 'duplicates', 'Repeats an image shown earlier');
    } else {
      seen.add(src);
    }
  }
}

function isRepeatedProse(block: Element): boolean {
  const text = block.textContent.trim();
  return block.tagName === 'P' && weightedLength(text) >= LONG_BLOCK && SENTENCE_END.test(text);
}

function removeRepeatedBlocks({ root, log }: RuleInput): void {
  const blocks = leafBlocks(root).filter((block) => !insideAny(block, VERBATIM, root));
  const keys = blocks.map((block) => textKey(block.textContent));
  const first = new Map<string, number>();
  const occurrences = new Map<string, number>();
  for (const key of keys) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  const repeated = keys.map((key, index) => {
    if (!key) return false;
    if (first.has(key)) return true;
    first.set(key, index);
    return false;
  });
  /** A paragraph printed a second time is a glitch; one that comes back again and again is a template (the same question put to each guest). */
  const isGlitch = (block: Element, index: number): boolean => (occurrences.get(keys[index] ?? '') ?? 0) === 2 && isRepeatedProse(block);
  let start = 0;
  while (start < blocks.length) {
    if (!repeated[start]) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < blocks.length && (repeated[end] || !keys[end])) end += 1;
    const run = blocks.slice(start, end).filter((block, i) => repeated[start + i] && !isVerse(block));
    const isCopy = run.filter(isRepeatedProse).length >= 2;
    const glitches = blocks.slice(start, end).filter((block, i) => repeated[start + i] && !isVerse(block) && isGlitch(block, start + i));
    for (const block of isCopy ? run : glitches) {
      log.remove(block, 'duplicates', isCopy ? 'Part of a second copy of the article' : 'Repeats a paragraph shown earlier');
    }
    start = end;
  }
}

function removePullQuotes({ root, log }: RuleInput): void {
  const quotes = Array.from(root.querySelectorAll('blockquote, aside'));
  if (quotes.length === 0) return;
  const body = Array.from(root.getElementsByTagName('p'))
    .filter((p) => !insideAny(p, QUOTES, root))
    .map((p) => textKey(p.textContent))
    .join(' | ');
  for (const quote of quotes) {
    const key = textKey(quote.textContent);
    if (key.length >= MIN_PULL_QUOTE && root.contains(quote) && body.includes(key)) {
      log.remove(quote, 'duplicates', 'Pull quote that repeats a sentence of the article');
    }
  }
}

/** Repeated blocks: the article printed twice, repeated paragraphs, images and pull quotes. */
export function removeDuplicates(input: RuleInput): void {
  removeTitleRepeats(input);
  removeRepeatedImages(input);
  removeRepeatedBlocks(input);
  removePullQuotes(input);
}
