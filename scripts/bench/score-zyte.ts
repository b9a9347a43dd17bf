/** Scoring of the Zyte article-extraction benchmark (method in ../shared/bench/zyte-dev/README.md). */

export interface PageScore {
  precision: number | null;
  recall: number | null;
  exact: boolean;
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const size = 4;
  const grams =
    tokens.length < size
      ? tokens.length === 0
        ? []
        : [tokens.join(' ')]
      : tokens.slice(0, tokens.length - size + 1).map((_, i) => tokens.slice(i, i + size).join(' '));
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const predictedTokens = tokenize(predicted);
  const truthTokens = tokenize(truth);
  const exact =
    predictedTokens.length === truthTokens.length && predictedTokens.every((t, i) => t === truthTokens[i]);
  const p = shingles(predictedTokens);
  const t = shingles(truthTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gram, count] of p) {
    const inTruth = t.get(gram) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [gram, count] of t) fn += Math.max(0, count - (p.get(gram) ?? 0));
  const precision = p.size === 0 ? null : fp === 0 && fn === 0 ? 1 : tp / (tp + fp);
  const recall = t.size === 0 ? null : fp === 0 && fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, exact };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function summarise(pages: PageScore[]): Summary {
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.length === 0 ? 0 : pages.filter((p) => p.exact).length / pages.length;
  return { f1, precision, recall, accuracy };
}
