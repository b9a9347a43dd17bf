// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EXPORT_CSP, articleToHtmlFile } from '../../src/core/index.ts';
import { exportFileName } from '../../src/view/download.ts';
import { sampleArticle } from './sample.ts';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('articleToHtmlFile', () => {
  const hostile = sampleArticle({
    title: 'Rates </title><script>alert(1)</script> rise',
    byline: 'Jo <b>Writer</b>',
    lang: 'de',
    html:
      '<p onclick="steal()">First <a href="javascript:alert(1)">link</a> paragraph.</p><script>alert(2)</script>' +
      '<iframe src="https://evil.example"></iframe><img src="https://news.example/p.jpg" alt="A photo" onerror="x()">' +
      '<form action="https://evil.example"><input name="q"></form><div data-plainpage-slot="0" hidden></div><p>Second paragraph.</p>',
  });
  const file = parse(articleToHtmlFile(hostile, document));

  it('starts with a doctype and forbids scripts, frames, forms and base URLs in a CSP meta', () => {
    expect(articleToHtmlFile(hostile, document)).toMatch(/^<!doctype html>\n<html/);
    const csp = file.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(EXPORT_CSP);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).toMatch(/form-action 'none'/);
    expect(file.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('keeps the article and drops everything that could run or submit', () => {
    expect(file.querySelectorAll('script, iframe, form, input')).toHaveLength(0);
    const attributes = [...file.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(file.querySelector('article a[href^="javascript"]')).toBeNull();
    expect(file.querySelector('img')?.getAttribute('alt')).toBe('A photo');
    expect(file.querySelector('[data-plainpage-slot]')).toBeNull();
    expect([...file.querySelectorAll('article > div > p')].map((p) => p.textContent)).toEqual(['First link paragraph.', 'Second paragraph.']);
  });

  it('heads the page with the title, byline and a link to the source, all as text', () => {
    expect(file.title).toBe(hostile.title);
    expect(file.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(file.querySelector('.meta')?.textContent).toBe('Jo <b>Writer</b> · News Example · 2026-01-02');
    const source = file.querySelector<HTMLAnchorElement>('.source a');
    expect(source?.getAttribute('href')).toBe('https://news.example/a');
    expect(source?.textContent).toBe('https://news.example/a');
    expect(file.documentElement.lang).toBe('de');
  });
});

describe('exportFileName', () => {
  it('uses the title, without characters file systems refuse', () => {
    expect(exportFileName('Rates: up/down? "Maybe" <2026>', 'md')).toBe('Rates up down Maybe 2026.md');
    expect(exportFileName('读书 · 笔记', 'html')).toBe('读书 · 笔记.html');
  });

  it('never gives an empty, hidden or endless name', () => {
    expect(exportFileName('  /// ', 'md')).toBe('article.md');
    expect(exportFileName('...hidden...', 'md')).toBe('hidden.md');
    expect(exportFileName('x'.repeat(300), 'html')).toBe(`${'x'.repeat(80)}.html`);
  });
});
