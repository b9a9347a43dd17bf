/**
 * Measures the reader's typography as the reader sees it: how many characters the rendered lines
 * of the article hold, and how many lines of it the first screen shows. Each function returns an
 * expression to evaluate in the reader's page (the popup or the full tab).
 */

export interface LineLengths {
  /** Characters on each full line (a paragraph's last line left out), in reading order. */
  lines: number[];
  median: number;
  /** The same lines counted in columns: an East Asian wide character (a Chinese ideograph) counts as two. */
  columnsMedian: number;
}

/**
 * `renderedLines(element)`: the element's characters (grapheme clusters, as column-measure.ts
 * counts them) grouped into the lines the browser laid them out on: a new line starts where a
 * character's box sits lower than the last one by more than half the font size. Each line is
 * { chars, columns, middle, bottom } (viewport coordinates).
 */
const RENDERED_LINES = `
  const WIDE = /[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u3000-\\u303f\\uff01-\\uff60]/u;
  const renderedLines = (element) => {
    const lines = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const half = parseFloat(getComputedStyle(element).fontSize) / 2;
    let current = null;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (const { segment: char, index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(node.data)) {
        range.setStart(node, index);
        range.setEnd(node, index + char.length);
        const box = [...range.getClientRects()].find((r) => r.height > 0);
        if (!box) continue;
        const middle = (box.top + box.bottom) / 2;
        if (!current || middle > current.middle + half) {
          current = { chars: 0, columns: 0, middle, bottom: box.bottom };
          lines.push(current);
        }
        // A space where the line broke (at its start or end) is not a character the line shows.
        if (/\\s/.test(char) && (current.chars === 0 || box.width === 0)) continue;
        current.chars += 1;
        current.columns += WIDE.test(char) ? 2 : 1;
        current.bottom = Math.max(current.bottom, box.bottom);
      }
    }
    return lines;
  };
`;

/** Line lengths of the article's body paragraphs (those long enough to wrap several times). */
export function lineLengthsExpression(articleSelector = '.pp-article'): string {
  return `(() => {
    ${RENDERED_LINES}
    const median = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
    };
    const article = document.querySelector(${JSON.stringify(articleSelector)});
    const paragraphs = [...article.querySelectorAll('p')].filter((p) => !p.closest('figure, blockquote, li, table, header') && p.textContent.trim().length > 60);
    const full = paragraphs.flatMap((p) => renderedLines(p).slice(0, -1));
    const lines = full.map((line) => line.chars);
    return { lines, median: median(lines), columnsMedian: median(full.map((line) => line.columns)) };
  })()`;
}

export interface FirstScreen {
  /** Lines of the article's text (title, facts, body) wholly in view under the sticky bar. */
  articleLines: number;
  /** Of those, lines of the article's body. */
  bodyLines: number;
  /** Where the article's title starts, from the top of the window. */
  titleTop: number;
  viewportHeight: number;
}

/** How much of the article the first screen shows, below `barSelector` (the sticky bar). */
export function firstScreenExpression(barSelector: string): string {
  return `(() => {
    ${RENDERED_LINES}
    const top = document.querySelector(${JSON.stringify(barSelector)})?.getBoundingClientRect().bottom ?? 0;
    const article = document.querySelector('.pp-article');
    const blocks = [...article.querySelectorAll('h1, .pp-meta, .pp-body :is(p, li, h2, h3, h4, pre, figcaption, blockquote)')]
      .filter((block) => !block.querySelector('p, li, h2, h3, h4, pre, figcaption, blockquote'));
    let articleLines = 0;
    let bodyLines = 0;
    for (const block of blocks) {
      for (const line of renderedLines(block)) {
        if (line.middle < top || line.bottom > innerHeight) continue;
        articleLines += 1;
        if (block.closest('.pp-body')) bodyLines += 1;
      }
    }
    return { articleLines, bodyLines, titleTop: article.querySelector('h1').getBoundingClientRect().top, viewportHeight: innerHeight };
  })()`;
}
