import { describe, expect, it } from 'vitest';
import { FAILURE_CODES } from '../../src/core/index.ts';
import { readCliCopy } from '../../src/cli/read-input.ts';
import { EXTREME_PAGES } from './extreme-pages.ts';

const PAGE_URL = 'https://canal.example/news/locks';

/**
 * Each page read as the CLI reads it (Node's parse with its bounds, the core, the sanitised
 * record); `npm run bench:extremes` times the same reading against its budget.
 */
describe('malformed and extreme pages, read as the CLI reads them', () => {
  it.each(EXTREME_PAGES.map((page) => [page.name, page] as const))('%s: an article or a clear answer, never a throw', (_name, page) => {
    const copy = { url: PAGE_URL, contentType: page.contentType, html: page.html };
    const { record, article } = readCliCopy(page.name, { copy, addressFrom: 'option' });
    if ('article' in page.expect) {
      if (!article) throw new Error(`Expected an article, got: ${'error' in record ? record.error.message : ''}`);
      expect(article.text.replace(/\s+/g, ' ')).toContain(page.expect.article);
      if (/<title>[^<]/.test(page.html)) expect(article.title.length).toBeGreaterThan(0);
    } else {
      if (!('error' in record)) throw new Error(`Expected a refusal, got an article titled ${record.title}`);
      expect(record.error.code).toBe(page.expect.failure);
      expect(FAILURE_CODES).toContain(record.error.code);
      expect(record.error.message).toMatch(/^[A-Z].*\.$/);
      expect(record.error.message).not.toMatch(/\bat \S+:\d+|Error:|undefined|null/);
    }
  });
});
