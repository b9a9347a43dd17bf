import { countWords } from './text-normalize.ts';

const WORDS_PER_MINUTE = 230;

export function wordCount(text: string): number {
  return countWords(text);
}

/** Reading time in whole minutes, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
