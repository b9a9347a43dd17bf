import { sentenceRange, type Sentence } from './sentences.ts';

export const HIGHLIGHT_NAME = 'pp-speaking';

/** Marks the sentence being read; only one at a time. */
export interface SentenceHighlighter {
  show(sentence: Sentence): void;
  clear(): void;
}

interface HighlightApi {
  highlights: { set(name: string, value: unknown): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightApi['highlights'] }; Highlight?: HighlightApi['Highlight'] }) | null;
  const highlights = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return highlights && Highlight ? { highlights, Highlight } : null;
}

/** CSS Custom Highlight API: the DOM is left alone, `::highlight(pp-speaking)` paints the range. */
function customHighlighter(api: HighlightApi): SentenceHighlighter {
  return {
    show: (sentence) => { api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(sentenceRange(sentence))); },
    clear: () => { api.highlights.delete(HIGHLIGHT_NAME); },
  };
}

/**
 * Where the Highlight API is missing: each text node of the sentence is wrapped in a span, and
 * unwrapped again after, so the block's text (and every sentence's offsets) stay the same.
 */
function spanHighlighter(doc: Document): SentenceHighlighter {
  let shown: { block: HTMLElement; spans: HTMLElement[] } | null = null;
  const clear = () => {
    if (!shown) return;
    for (const span of shown.spans) span.replaceWith(...span.childNodes);
    shown.block.normalize();
    shown = null;
  };
  return {
    show: (sentence) => {
      clear();
      const range = sentenceRange(sentence);
      const common = range.commonAncestorContainer;
      const nodes: Text[] = [];
      if (common.nodeType === 3) nodes.push(common as Text);
      const walker = doc.createTreeWalker(common, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) nodes.push(node as Text);
      const pieces = nodes.map((node) => ({
        node,
        from: node === range.startContainer ? range.startOffset : 0,
        to: node === range.endContainer ? range.endOffset : node.length,
      }));
      const spans = pieces.filter(({ from, to }) => to > from).map(({ node, from, to }) => {
        if (to < node.length) node.splitText(to);
        const piece = from > 0 ? node.splitText(from) : node;
        const span = doc.createElement('span');
        span.className = HIGHLIGHT_NAME;
        piece.replaceWith(span);
        span.append(piece);
        return span;
      });
      shown = { block: sentence.block, spans };
    },
    clear,
  };
}

export function createHighlighter(doc: Document): SentenceHighlighter {
  const api = highlightApi(doc);
  return api ? customHighlighter(api) : spanHighlighter(doc);
}
