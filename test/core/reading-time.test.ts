import { describe, expect, it } from 'vitest';
import { readingTime } from '../../src/core/pipeline/reading-time.ts';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');
const han = (count: number) => '读'.repeat(count);

describe('readingTime', () => {
  it('reads English at 228 words a minute', () => {
    expect(readingTime(words(228 * 3), 'en').minutes).toBe(3);
    expect(readingTime(words(228 * 3), 'en-GB').minutes).toBe(3);
  });

  it('reads German and Arabic more slowly than English', () => {
    const text = words(179 * 4, 'Wort');
    expect(readingTime(text, 'de').minutes).toBe(4);
    expect(readingTime(text, 'en').minutes).toBe(3);
    expect(readingTime(words(138 * 2, 'كلمة'), 'ar').minutes).toBe(2);
  });

  it('counts Chinese and Japanese by characters, each at its own speed', () => {
    expect(readingTime(han(255 * 4), 'zh-CN').minutes).toBe(4);
    expect(readingTime('読'.repeat(357 * 4), 'ja').minutes).toBe(4);
  });

  it('adds the words of another script inside a CJK article', () => {
    expect(readingTime(`${han(255 * 2)} ${words(228 * 2, 'API')}`, 'zh').minutes).toBe(4);
  });

  it('uses default speeds for unknown or missing languages and never says less than a minute', () => {
    expect(readingTime(words(228 * 5), null).minutes).toBe(5);
    expect(readingTime(han(300 * 2), 'ko').minutes).toBe(2);
    expect(readingTime('Short.', 'en').minutes).toBe(1);
  });

  it('counts each CJK character as a word, and words between them as words', () => {
    expect(readingTime('読書は楽しい and so are canals', 'ja').words).toBe(10);
    expect(readingTime('', 'en')).toEqual({ words: 0, minutes: 1 });
  });
});
