/** Scoring of WCXB (its evaluate.py; method in ../shared/bench/wcxb-dev/README.md). */

export interface WcxbPageScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of the page's `with` snippets found (1 when it has none). */
  with: number;
  /** Share of the page's `without` snippets found, lower is better (null when it has none). */
  without: number | null;
}

export interface WcxbSummary {
  f1: number;
  precision: number;
  recall: number;
  with: number;
  /** Over every page, a page without snippets counting 1.0 as evaluate.py does. */
  withoutAll: number;
  /** Over the pages that have `without` snippets: the clutter measure. */
  without: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

function found(snippets: readonly string[], text: string): number {
  const lower = text.toLowerCase();
  return snippets.filter((snippet) => lower.includes(snippet.toLowerCase())).length / snippets.length;
}

export function scoreWcxbPage(predicted: string, truth: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): WcxbPageScore {
  const p = bag(predicted);
  const t = bag(truth);
  const predictedWords = total(p);
  const trueWords = total(t);
  let overlap = 0;
  for (const [word, count] of p) overlap += Math.min(count, t.get(word) ?? 0);
  let precision = 0;
  let recall = 0;
  if (trueWords === 0) {
    precision = recall = predictedWords === 0 ? 1 : 0;
  } else if (predictedWords > 0) {
    precision = overlap / predictedWords;
    recall = overlap / trueWords;
  }
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    with: withSnippets.length === 0 ? 1 : found(withSnippets, predicted),
    without: withoutSnippets.length === 0 ? null : found(withoutSnippets, predicted),
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function summariseWcxb(pages: readonly WcxbPageScore[]): WcxbSummary {
  const withouts = pages.flatMap((page) => (page.without === null ? [] : [page.without]));
  return {
    f1: mean(pages.map((page) => page.f1)),
    precision: mean(pages.map((page) => page.precision)),
    recall: mean(pages.map((page) => page.recall)),
    with: mean(pages.map((page) => page.with)),
    withoutAll: mean(pages.map((page) => page.without ?? 1)),
    without: mean(withouts),
  };
}
