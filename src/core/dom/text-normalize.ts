/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const INK = /[^\s\u200b-\u200d\u2060]/u;

/** Whether a reader sees any of `text`: white space and zero-width characters alone show nothing. */
export function hasInk(text: string): boolean {
  return INK.test(text);
}

/** Characters other than white space: a text's length in any script. */
export function inkLength(text: string): number {
  return text.replace(/\s+/g, '').length;
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

/** Length weighted for scripts that say more per character (a CJK character counts three). */
export function weightedLength(text: string): number {
  return text.length + 2 * (text.match(CJK)?.length ?? 0);
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/** CJK characters (written without spaces between words) and the words of every other script. */
export function countTextUnits(text: string): { cjkCharacters: number; words: number } {
  const cjkCharacters = text.match(CJK)?.length ?? 0;
  return { cjkCharacters, words: text.replace(CJK, ' ').match(WORDS)?.length ?? 0 };
}
