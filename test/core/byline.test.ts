import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index.ts';
import { authorOf } from '../../src/core/pipeline/byline.ts';

describe('the byline', () => {
  it('drops the page’s own "By", so the reader’s "By" is not doubled', () => {
    expect(authorOf('By Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('  by: Tamsin Orde ')).toBe('Tamsin Orde');
    expect(authorOf('BY TAMSIN ORDE')).toBe('TAMSIN ORDE');
    expect(authorOf('ByTamsin Orde')).toBe('Tamsin Orde');
  });

  it('drops the other ways pages say who wrote it, in the languages it knows', () => {
    expect(authorOf('Written By Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('Posted by:Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('Recipe by   Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('This guide was written by Tamsin Orde,\nHead of Gardens')).toBe('Tamsin Orde');
    expect(authorOf('View all posts by Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('Author: Tamsin Orde, Contributor')).toBe('Tamsin Orde, Contributor');
    expect(authorOf('Von Lene Harms')).toBe('Lene Harms');
    expect(authorOf('Текст: Вера Орлова')).toBe('Вера Орлова');
    expect(authorOf('作者：林晓')).toBe('林晓');
  });

  it('keeps names that only start like the labels it drops', () => {
    expect(authorOf('Byron Keel')).toBe('Byron Keel');
    expect(authorOf('BYU Newsroom')).toBe('BYU Newsroom');
    expect(authorOf('Da Silva and Byrne')).toBe('Da Silva and Byrne');
    expect(authorOf('Textor Halvard')).toBe('Textor Halvard');
    expect(authorOf('April Lunde')).toBe('April Lunde');
    expect(authorOf('Jean-Paul Okafor (Harbour Desk)')).toBe('Jean-Paul Okafor (Harbour Desk)');
  });

  it('cuts the dates printed with the name, glued to it or on a line of their own', () => {
    expect(authorOf('Tamsin Orde\n        Dec 17, 2025')).toBe('Tamsin Orde');
    expect(authorOf('Tamsin OrdePublished on July 18, 2025')).toBe('Tamsin Orde');
    expect(authorOf('Tamsin OrdeMarch 2, 2026')).toBe('Tamsin Orde');
    expect(authorOf('Dec 17, 2025Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('Aug 15\n\n  Written By Tamsin Orde')).toBe('Tamsin Orde');
    expect(authorOf('Tamsin Orde • March 12, 2025')).toBe('Tamsin Orde');
    expect(authorOf('Tamsin Orde » Tue Aug 27, 2019 1:47 am')).toBe('Tamsin Orde');
    expect(authorOf('Simon Aug 5, 2024')).toBe('Simon');
    expect(authorOf('Harbour Works- 2025/4/29')).toBe('Harbour Works');
    expect(authorOf('Harbour Works\n  on 04-ago-2021 5:11:10')).toBe('Harbour Works');
    expect(authorOf('Tamsin Orde, 12. März 2026')).toBe('Tamsin Orde');
    expect(authorOf('Harbour Press © 2025')).toBe('Harbour Press');
  });

  it('keeps the first line that names someone, and the lines that carry it on', () => {
    expect(authorOf('Tamsin Orde\n\nTamsin edits the garden pages.\n\nOur editorial guidelines')).toBe('Tamsin Orde');
    expect(authorOf('TO\n\n  Tamsin Orde\n  Last updated on 17 December 2025')).toBe('Tamsin Orde');
    expect(authorOf('Tamsin Orde\n\t\n\t and Lene Harms')).toBe('Tamsin Orde and Lene Harms');
    expect(authorOf('"Tamsin Orde"')).toBe('Tamsin Orde');
    expect(authorOf('Harbour Wire,')).toBe('Harbour Wire');
  });

  it('gives null when the byline names nobody', () => {
    expect(authorOf('Updated March 13, 2024')).toBeNull();
    expect(authorOf('[Submitted on 18 Dec 2025]')).toBeNull();
    expect(authorOf('About the Author')).toBeNull();
    expect(authorOf('Name *')).toBeNull();
    expect(authorOf('admin - 2018-09-16')).toBeNull();
    expect(authorOf('https://harbour.example/people/tamsin-orde')).toBeNull();
    expect(authorOf('Medically reviewed by Dr. Lene Harms on December 9, 2024.')).toBeNull();
    expect(authorOf('By ')).toBeNull();
    expect(authorOf(null)).toBeNull();
  });

  const paragraph = 'The lock keepers of the northern canal opened the old gates again this spring, after three winters of repairs paid for by the towns along the water. ';
  function bylineOf(bylineHtml: string): string | null {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Locks open again</title></head><body><article><h1>Locks open again</h1>${bylineHtml}${`<p>${paragraph.repeat(3)}</p>`.repeat(4)}</article></body></html>`;
    const result = extractArticle(new JSDOM(html, { url: 'https://canal.example/locks' }).window.document, { url: 'https://canal.example/locks' });
    if (!result.ok) throw new Error(result.failure.message);
    return result.article.byline;
  }

  it('reaches the article without the prefix', () => {
    expect(bylineOf('<p class="byline">By Tamsin Orde</p>')).toBe('Tamsin Orde');
  });

  it('reaches the article without the date and the role printed in the byline box', () => {
    expect(bylineOf('<div class="byline">\n  <span>Aug 15</span>\n  <span>Written By <a href="/people/orde">Tamsin Orde</a></span>\n</div>')).toBe('Tamsin Orde');
    expect(bylineOf('<div class="author">\n  <b>Tamsin Orde</b>\n  <i>Canal correspondent</i>\n</div>')).toBe('Tamsin Orde');
    expect(bylineOf('<div class="byline">Updated March 13, 2024</div>')).toBeNull();
  });
});
