import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index.ts';
import { authorOf } from '../../src/core/pipeline/build-article.ts';

describe('the byline', () => {
  it('drops the page’s own "By", so the reader’s "By" is not doubled', () => {
    expect(authorOf('By Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('  by: Tamsin Orde ')).toBe('Tamsin Orde');
    expect(authorOf('BY TAMSIN ORDE')).toBe('TAMSIN ORDE');
  });

  it('keeps names that only start like "by", and gives null when nothing is left', () => {
    expect(authorOf('Byron Keel')).toBe('Byron Keel');
    expect(authorOf('Da Silva and Byrne')).toBe('Da Silva and Byrne');
    expect(authorOf('By ')).toBeNull();
    expect(authorOf(null)).toBeNull();
  });

  it('reaches the article without the prefix', () => {
    const paragraph = 'The lock keepers of the northern canal opened the old gates again this spring, after three winters of repairs paid for by the towns along the water. ';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Locks open again</title></head><body><article><h1>Locks open again</h1><p class="byline">By Tamsin Orde</p>${`<p>${paragraph.repeat(3)}</p>`.repeat(4)}</article></body></html>`;
    const result = extractArticle(new JSDOM(html, { url: 'https://canal.example/locks' }).window.document, { url: 'https://canal.example/locks' });
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.article.byline).toBe('Tamsin Orde');
  });
});
