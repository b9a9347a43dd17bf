/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A comparison key for text: case, width, punctuation and spacing folded. */
export function textKey(text: string): string {
  // ASCII text needs no Unicode normalisation.
  return (/[^ -~\s]/.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/** Counts words; every CJK character counts as one. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ');
  return cjk + (rest.match(WORDS)?.length ?? 0);
}
