import { describe, expect, it } from 'vitest';
import { isTabExtraction } from '../../src/shared/extraction-shape.ts';

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

describe('isTabExtraction', () => {
  it('accepts articles and every kind of failure', () => {
    expect(isTabExtraction({ ok: true, article: ARTICLE })).toBe(true);
    expect(isTabExtraction({ ok: false, failure: { code: 'no-article', message: 'None' } })).toBe(true);
    expect(isTabExtraction({ ok: false, failure: { code: 'restricted', message: 'No', hint: 'Try' } })).toBe(true);
  });

  it('rejects what the page could have made up or broken', () => {
    expect(isTabExtraction(null)).toBe(false);
    expect(isTabExtraction(undefined)).toBe(false);
    expect(isTabExtraction({ ok: true })).toBe(false);
    expect(isTabExtraction({ ok: true, article: { ...ARTICLE, html: 3 } })).toBe(false);
    expect(isTabExtraction({ ok: true, article: { ...ARTICLE, dir: 'up' } })).toBe(false);
    expect(isTabExtraction({ ok: true, article: { ...ARTICLE, removed: [{ rule: 'made-up' }] } })).toBe(false);
    expect(isTabExtraction({ ok: false, failure: { code: 'restricted', message: 'No' } })).toBe(false);
    expect(isTabExtraction({ ok: false, failure: { code: 'boom', message: 'x' } })).toBe(false);
  });
});
