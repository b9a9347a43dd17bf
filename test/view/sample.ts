import type { Article } from '../../src/core/types.ts';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/a',
    title: 'A title',
    byline: 'Jo Writer',
    siteName: 'News Example',
    lang: 'en',
    dir: 'ltr',
    publishedTime: '2026-01-02T10:00:00Z',
    excerpt: null,
    html: '<p>First paragraph.</p><div data-plainpage-slot="0" hidden></div><p>Second paragraph.</p>',
    text: 'First paragraph.\nSecond paragraph.',
    wordCount: 4,
    readingMinutes: 3,
    removed: [
      { rule: 'teasers', reason: 'Related-article teaser', text: 'Read more: other story', html: '<aside><p>Read more: other story</p></aside>', slot: 0 },
      { rule: 'hidden', reason: 'Hidden on the page', text: 'Hidden menu', html: '<nav><p>Hidden menu</p></nav>', slot: null },
    ],
    ...overrides,
  };
}
