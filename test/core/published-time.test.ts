import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index.ts';
import { parse, prose } from './page.ts';

const url = 'https://news.example/2026/05/ferry';

/** The publication time an article gets from a page with these tags in its head and this line over the story. */
function publishedTimeOf(head: string, dateline = ''): string | null {
  const doc = parse(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry timetable</title>${head}</head>
<body><main><article><h1>Ferry timetable</h1>${dateline}${prose()}</article></main></body></html>`, url);
  const result = extractArticle(doc, { url });
  if (!result.ok) throw new Error(result.failure.message);
  return result.article.publishedTime;
}

describe('the publication time', () => {
  it('is the one the page declares in its meta tags, as written', () => {
    expect(publishedTimeOf('<meta property="article:published_time" content="2026-05-04T08:30:00Z">')).toBe('2026-05-04T08:30:00Z');
  });

  it('loses the quotes a page left around it', () => {
    expect(publishedTimeOf('<meta property="article:published_time" content=\'"2026-05-04T08:30:00Z"\'>')).toBe('2026-05-04T08:30:00Z');
  });

  it('is the page’s own <time> when the declared one does not read as a date', () => {
    const time = publishedTimeOf('<meta property="article:published_time" content="Mon, 05/04/2026 - 08:30">', '<p><time datetime="2026-05-04T08:30:00+02:00">4 May</time></p>');
    expect(time).toBe('2026-05-04T08:30:00+02:00');
  });

  it('stays as written when nothing reads as a date', () => {
    expect(publishedTimeOf('<meta property="article:published_time" content="Mon, 05/04/2026 - 08:30">')).toBe('Mon, 05/04/2026 - 08:30');
  });
});
