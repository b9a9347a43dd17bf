import { describe, expect, it } from 'vitest';
import { isArticle } from '../../src/shared/article-shape.ts';

const ARTICLE = {
  url: 'https://news.example.com/story',
  title: 'A story',
  byline: null,
  siteName: 'Example News',
  lang: 'en',
  dir: 'ltr',
  publishedTime: null,
  excerpt: null,
  html: '<p>Text</p>',
  text: 'Text',
  wordCount: 1,
  readingMinutes: 1,
  removed: [{ rule: 'teasers', reason: 'Related article card', text: 'More', html: '<a>More</a>', slot: 0 }],
};

describe('isArticle', () => {
  it('accepts a whole article', () => {
    expect(isArticle(ARTICLE)).toBe(true);
    expect(isArticle({ ...ARTICLE, byline: 'Tamsin Orde', dir: null, removed: [] })).toBe(true);
  });

  it('rejects what a page could have made up or broken', () => {
    expect(isArticle(null)).toBe(false);
    expect(isArticle(undefined)).toBe(false);
    expect(isArticle({})).toBe(false);
    expect(isArticle({ ...ARTICLE, html: 3 })).toBe(false);
    expect(isArticle({ ...ARTICLE, dir: 'up' })).toBe(false);
    expect(isArticle({ ...ARTICLE, removed: [{ rule: 'made-up' }] })).toBe(false);
    expect(isArticle({ ...ARTICLE, wordCount: '1' })).toBe(false);
  });
});
