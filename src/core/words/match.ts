import type { KeywordList } from './labels.ts';

/** How many recent texts a fold remembers. */
const RECENT_TEXTS = 16;

/** `fold`, remembering the texts it folded last: a rule asks about one block's heading and text against several lists in a row. */
function rememberingRecent(fold: (text: string) => string): (text: string) => string {
  const recent = new Map<string, string>();
  return (text) => {
    let key = recent.get(text);
    if (key === undefined) {
      if (recent.size >= RECENT_TEXTS) recent.clear();
      key = fold(text);
      recent.set(text, key);
    }
    return key;
  };
}

/** Lowercases, folds width and spacing, and drops surrounding punctuation and counts. */
const labelKey = rememberingRecent((text) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}\d]+$/gu, '')
    .trim(),
);

const compiled = new WeakMap<KeywordList, Set<string>>();

function wordSet(list: KeywordList): Set<string> {
  let set = compiled.get(list);
  if (!set) {
    set = new Set(list.words.map(labelKey));
    compiled.set(list, set);
  }
  return set;
}

/** True when the whole text, folded, is one of the list's labels. */
export function isLabel(text: string, list: KeywordList): boolean {
  return wordSet(list).has(labelKey(text));
}

const byFirstCharacter = new WeakMap<KeywordList, Map<string, string[]>>();

/** The list's labels grouped by their first character, so a text is compared with few of them. */
function labelsStartingWith(list: KeywordList, first: string): readonly string[] {
  let index = byFirstCharacter.get(list);
  if (!index) {
    index = new Map();
    for (const word of wordSet(list)) {
      const key = word.charAt(0);
      index.set(key, [...(index.get(key) ?? []), word]);
    }
    byFirstCharacter.set(list, index);
  }
  return index.get(first) ?? [];
}

/** True when the text starts with one of the list's labels followed by a break or a separator. */
export function startsWithLabel(text: string, list: KeywordList): boolean {
  const key = labelKey(text.slice(0, 80));
  for (const word of labelsStartingWith(list, key.charAt(0))) {
    if (key === word) return true;
    if (key.startsWith(word)) {
      const next = key.charAt(word.length);
      if (/[\p{P}\p{S}]/u.test(next) || (next === ' ' && /[\p{P}\p{S}]/u.test(key.charAt(word.length + 1)))) return true;
    }
  }
  return false;
}

/** True for a short heading that is, or begins with, one of the list's labels ("Related stories"). */
export function isHeadingLabel(text: string, list: KeywordList): boolean {
  const key = labelKey(text);
  if (key.length === 0 || key.length > 60) return false;
  const words = wordSet(list);
  if (words.has(key)) return true;
  // A label the key begins with ends where one of the key's words does.
  for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
    if (words.has(key.slice(0, space))) return true;
  }
  return false;
}

const needles = new WeakMap<KeywordList, readonly string[]>();

/** The list's words as searched for: whole words (space-padded) in Latin and Cyrillic, else as is. */
function needlesOf(list: KeywordList): readonly string[] {
  let found = needles.get(list);
  if (!found) {
    found = list.words.map((word) => {
      const folded = labelKey(word);
      return /^[\p{Script=Latin}\p{Script=Cyrillic} '’-]+$/u.test(folded) ? ` ${folded} ` : folded;
    });
    needles.set(list, found);
  }
  return found;
}

/** A text folded as `mentions` searches it: lowercase, punctuation and spacing as single spaces, padded. */
const mentionKey = rememberingRecent((text) => ` ${text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ')} `);

/** True when the text contains one of the list's words (whole-word for Latin scripts). */
export function mentions(text: string, list: KeywordList): boolean {
  const key = mentionKey(text);
  return needlesOf(list).some((needle) => key.includes(needle));
}
