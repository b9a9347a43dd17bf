import { countTextUnits } from '../dom/text-normalize.ts';

/**
 * Silent reading speeds by language, from the International Reading Speed Texts study
 * (Trauzettel-Klosinski & Dietz, 2012): words per minute, and characters per minute for Chinese
 * and Japanese, which are written without spaces between words.
 */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 138, de: 179, en: 228, es: 218, fi: 161, fr: 195, he: 187, it: 188, nl: 202, pl: 166, pt: 181, ru: 184, sl: 180, sv: 199, tr: 166,
};
const CJK_CHARACTERS_PER_MINUTE: Readonly<Record<string, number>> = { zh: 255, ja: 357 };
/** Languages the study does not cover: English's speed, and a speed between Chinese and Japanese. */
const DEFAULT_WORDS_PER_MINUTE = 228;
const DEFAULT_CJK_CHARACTERS_PER_MINUTE = 300;

function primaryLanguage(lang: string | null): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The text's length in words (a CJK character counts as one) and its reading time in whole
 * minutes, at least one: CJK characters at the language's characters per minute, every other word
 * at its words per minute (a Japanese article quoting English reads both). One pass over the text.
 */
export function readingTime(text: string, lang: string | null): { words: number; minutes: number } {
  const language = primaryLanguage(lang);
  const { cjkCharacters, words } = countTextUnits(text);
  const minutes =
    cjkCharacters / (CJK_CHARACTERS_PER_MINUTE[language] ?? DEFAULT_CJK_CHARACTERS_PER_MINUTE) +
    words / (WORDS_PER_MINUTE[language] ?? DEFAULT_WORDS_PER_MINUTE);
  return { words: cjkCharacters + words, minutes: Math.max(1, Math.round(minutes)) };
}
