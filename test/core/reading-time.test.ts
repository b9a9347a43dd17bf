import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/core/reading-time.ts';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');
const han = (count: number) => '读'.repeat(count);

describe('readingMinutes', () => {
  it('reads English at 228 words a minute', () => {
    expect(readingMinutes(words(228 * 3), 'en')).toBe(3);
    expect(readingMinutes(words(228 * 3), 'en-GB')).toBe(3);
  });

  it('reads German and Arabic more slowly than English', () => {
    const text = words(179 * 4, 'Wort');
    expect(readingMinutes(text, 'de')).toBe(4);
    expect(readingMinutes(text, 'en')).toBe(3);
    expect(readingMinutes(words(138 * 2, 'كلمة'), 'ar')).toBe(2);
  });

  it('counts Chinese and Japanese by characters, each at its own speed', () => {
    expect(readingMinutes(han(255 * 4), 'zh-CN')).toBe(4);
    expect(readingMinutes('読'.repeat(357 * 4), 'ja')).toBe(4);
  });

  it('adds the words of another script inside a CJK article', () => {
    expect(readingMinutes(`${han(255 * 2)} ${words(228 * 2, 'API')}`, 'zh')).toBe(4);
  });

  it('uses default speeds for unknown or missing languages and never says less than a minute', () => {
    expect(readingMinutes(words(228 * 5), null)).toBe(5);
    expect(readingMinutes(han(300 * 2), 'ko')).toBe(2);
    expect(readingMinutes('Short.', 'en')).toBe(1);
  });
});
