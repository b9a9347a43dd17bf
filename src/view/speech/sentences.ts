/** A sentence of the article: its text and where it lies, as offsets into its block's text. */
export interface Sentence {
  block: HTMLElement;
  start: number;
  end: number;
  text: string;
}

/** Elements whose text is read as one run: a sentence never spans two of them. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, caption, td, th, div';
/** Parts of the rendered article that are not read: code, hidden blocks, the header's small print. */
const SKIPPED = 'pre, [hidden], [aria-hidden="true"], .pp-site, .pp-meta, .pp-restored-label, script, style';

/** The text nodes of `block` that belong to it and not to a block nested inside. */
function ownTextNodes(block: HTMLElement): Text[] {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest(BLOCKS) === block && !parent.closest(SKIPPED)) nodes.push(node as Text);
  }
  return nodes;
}

/**
 * The article's sentences in reading order, split by `Intl.Segmenter` in the article's language
 * (so "Dr. Smith" or "。" are handled as that language handles them).
 */
export function articleSentences(root: HTMLElement, lang: string | null): Sentence[] {
  const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  const blocks = [root, ...root.querySelectorAll<HTMLElement>(BLOCKS)].filter((b) => b.matches(BLOCKS) && !b.closest(SKIPPED));
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const text = ownTextNodes(block).map((n) => n.data).join('');
    for (const { segment, index } of segmenter.segment(text)) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
      sentences.push({ block, start: index + lead, end: index + lead + trimmed.length, text: trimmed.replace(/\s+/g, ' ') });
    }
  }
  return sentences;
}

/** A live Range over the sentence in the block's current text nodes. */
export function sentenceRange(sentence: Sentence): Range {
  const range = sentence.block.ownerDocument.createRange();
  let offset = 0;
  let started = false;
  for (const node of ownTextNodes(sentence.block)) {
    const next = offset + node.data.length;
    if (!started && sentence.start < next) {
      range.setStart(node, sentence.start - offset);
      started = true;
    }
    if (started && sentence.end <= next) {
      range.setEnd(node, sentence.end - offset);
      return range;
    }
    offset = next;
  }
  throw new Error('The sentence is no longer in its block');
}
