import { SHARE_WORDS } from '../words/labels.ts';

const MAX_SHARE_BAR = 120;
const LATIN = /^[a-z '’-]+$/;
/**
 * What each word takes out of a text, longest words first, so "copy link" goes before "copy":
 * Latin-script words as whole words (space-padded), the others wherever they stand.
 */
const CUTS = [...new Set(SHARE_WORDS.words.map((word) => word.toLowerCase()))]
  .sort((a, b) => b.length - a.length)
  .map((word) => (LATIN.test(word) ? { needle: ` ${word} `, filler: '  ' } : { needle: word, filler: ' ' }));

/** True when a short text is nothing but share-button words ("Share · Tweet · Copy link"). */
export function isShareBar(text: string): boolean {
  if (text.length > MAX_SHARE_BAR || !/\p{L}/u.test(text)) return false;
  let rest = ` ${text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\d]+/gu, ' ')} `;
  for (const { needle, filler } of CUTS) {
    if (rest.includes(needle)) rest = rest.split(needle).join(filler);
  }
  return rest.trim() === '';
}
