import { SHARE_WORDS } from '../words/labels.ts';

const MAX_SHARE_BAR = 120;
/** Longest words first, so "copy link" goes before "copy". */
const WORDS = [...new Set(SHARE_WORDS.words.map((word) => word.toLowerCase()))].sort((a, b) => b.length - a.length);
const LATIN = /^[a-z '’-]+$/;

/** True when a short text is nothing but share-button words ("Share · Tweet · Copy link"). */
export function isShareBar(text: string): boolean {
  if (text.length > MAX_SHARE_BAR || !/\p{L}/u.test(text)) return false;
  let rest = ` ${text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\d]+/gu, ' ')} `;
  for (const word of WORDS) {
    rest = LATIN.test(word) ? rest.split(` ${word} `).join('  ') : rest.split(word).join(' ');
  }
  return rest.trim() === '';
}
