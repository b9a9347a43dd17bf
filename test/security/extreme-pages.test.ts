import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, FAILURE_CODES } from '../../src/core/index.ts';
import { EXTREME_PAGES } from './extreme-pages.ts';

const quiet = new VirtualConsole();
const PAGE_URL = 'https://canal.example/news/locks';

describe('malformed and extreme pages in the core', () => {
  it.each(EXTREME_PAGES.map((page) => [page.name, page] as const))('%s: an article or a clear answer, never a throw', (_name, page) => {
    const doc = new JSDOM(page.html, { url: PAGE_URL, contentType: page.contentType, virtualConsole: quiet }).window.document;
    const result = extractArticle(doc, { url: PAGE_URL });
    if ('article' in page.expect) {
      if (!result.ok) throw new Error(`Expected an article, got: ${result.failure.message}`);
      expect(result.article.text.replace(/\s+/g, ' ')).toContain(page.expect.article);
      if (doc.title !== '') expect(result.article.title.length).toBeGreaterThan(0);
    } else {
      if (result.ok) throw new Error(`Expected a refusal, got an article titled ${result.article.title}`);
      expect(result.failure.code).toBe(page.expect.failure);
      expect(FAILURE_CODES).toContain(result.failure.code);
      expect(result.failure.message).toMatch(/^[A-Z].*\.$/);
      expect(result.failure.message).not.toMatch(/\bat \S+:\d+|Error:|undefined|null/);
    }
  });
});
