import { describe, expect, it } from 'vitest';
import { articleWords } from '../../src/view/article-words.ts';

const LATIN_LETTER = /[A-Za-z]/;

describe('the header words in the article\'s language', () => {
  it('speaks a language Plainpage ships in its own words, whatever the region', () => {
    const german = articleWords('de-AT');
    expect(german.byline('Anna Berg')).toBe('Von Anna Berg');
    expect(german.readingTime(1)).toBe('1 Min. Lesezeit');
    expect(german.readingTime(7)).toBe('7 Min. Lesezeit');
    expect(articleWords('zh').readingTime(4)).toBe('阅读约 4 分钟');
    expect(articleWords('zh-Hans-CN').byline('李华')).toBe('作者：李华');
    expect(articleWords('en-GB').readingTime(2)).toBe('2 min read');
  });

  it('writes an Arabic article\'s facts without a Latin letter: the name alone, the minutes in Arabic', () => {
    const arabic = articleWords('ar');
    expect(arabic.byline('سالم بن راشد')).toBe('سالم بن راشد');
    const minutes = arabic.readingTime(3);
    expect(minutes).not.toMatch(LATIN_LETTER);
    expect(minutes).toMatch(/دقائق/);
  });

  it('keeps Simplified Chinese words away from a Traditional Chinese article', () => {
    const traditional = articleWords('zh-TW');
    expect(traditional.byline('陳小明')).toBe('陳小明');
    expect(traditional.readingTime(5)).toMatch(/^5\s?分鐘$/);
  });

  it('falls back to numbers and symbols for a tag that names no language, and to the browser\'s words for none', () => {
    expect(articleWords('not a tag').readingTime(3)).toBe('3\u2032');
    expect(articleWords(null).readingTime(3)).toBe('3 min read');
  });
});
