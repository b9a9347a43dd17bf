// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/view/render-article.ts';
import { applyReaderLook, fontFamilyFor } from '../../src/view/apply-settings.ts';
import { DEFAULTS } from '../../src/shared/settings.ts';
import { sampleArticle } from './sample.ts';

describe('renderArticle', () => {
  it('sets title, byline and site as text, never as HTML', () => {
    const root = renderArticle(document, sampleArticle({ title: '<img src=x onerror=alert(1)>Title', byline: '<b>Bold</b>', siteName: '<i>Site</i>' }));
    expect(root.querySelector('.pp-title')?.textContent).toBe('<img src=x onerror=alert(1)>Title');
    expect(root.querySelector('.pp-byline')?.textContent).toBe('By <b>Bold</b>');
    expect(root.querySelector('.pp-site')?.textContent).toBe('<i>Site</i>');
    expect(root.querySelector('.pp-header img, .pp-header b, .pp-header i')).toBeNull();
  });

  it.each([
    '<img src="x" onerror="alert(1)"><p>text</p>',
    '<script>alert(1)</script><p>text</p>',
    '<p onclick="alert(1)">text</p><iframe src="https://evil.example"></iframe>',
    '<a href="javascript:alert(1)">link</a><svg><script>alert(1)</script></svg>',
    '<form action="https://evil.example"><input name="q"></form><style>body{display:none}</style>',
  ])('sanitises article HTML: %s', (html) => {
    const root = renderArticle(document, sampleArticle({ html }));
    const out = root.innerHTML;
    expect(root.querySelector('script, iframe, svg, form, input, style')).toBeNull();
    expect(out).not.toMatch(/onerror|onclick|javascript:/i);
  });

  it('opens links in a new tab without opener', () => {
    const root = renderArticle(document, sampleArticle({ html: '<p><a href="https://x.example/">x</a></p>' }));
    const link = root.querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it('sets lang and dir; right-to-left articles render right-to-left', () => {
    const root = renderArticle(document, sampleArticle({ lang: 'ar', dir: 'rtl', title: 'عنوان' }));
    expect(root.lang).toBe('ar');
    expect(root.dir).toBe('rtl');
    const unknown = renderArticle(document, sampleArticle({ lang: null, dir: null }));
    expect(unknown.hasAttribute('lang')).toBe(false);
    expect(unknown.getAttribute('dir')).toBe('auto');
  });

  it('shows date and reading time, and leaves out what is unknown', () => {
    const root = renderArticle(document, sampleArticle());
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-02T10:00:00.000Z');
    expect(root.querySelector('.pp-reading-time')?.textContent).toBe('3 min read');
    const bare = renderArticle(document, sampleArticle({ byline: null, siteName: null, publishedTime: 'not a date', readingMinutes: 0 }));
    expect(bare.querySelector('.pp-meta, .pp-site')).toBeNull();
  });

  it('puts the site first among the facts under the title and names it once', () => {
    const root = renderArticle(document, sampleArticle({ siteName: 'The Tidewater Journal', byline: 'Ana Ruiz | The Tidewater Journal' }));
    expect(root.querySelector('.pp-header > :first-child')?.className).toBe('pp-title');
    expect([...root.querySelectorAll('.pp-meta > .pp-fact > :first-child')].map((fact) => fact.className)).toEqual(['pp-site', 'pp-byline', 'pp-date', 'pp-reading-time']);
    expect(root.querySelector('.pp-byline')?.textContent).toBe('By Ana Ruiz');
    expect(root.querySelector('.pp-header')?.textContent.split('Tidewater')).toHaveLength(2);
    const desk = renderArticle(document, sampleArticle({ siteName: 'Harbour News', byline: 'harbour  news' }));
    expect(desk.querySelector('.pp-byline')).toBeNull();
    const people = renderArticle(document, sampleArticle({ siteName: 'Harbour News', byline: 'Jo Writer - Staff, Kim Lee' }));
    expect(people.querySelector('.pp-byline')?.textContent).toBe('By Jo Writer - Staff, Kim Lee');
  });

  it('writes a right-to-left article\'s facts in its own language, with no English word among them', () => {
    const root = renderArticle(document, sampleArticle({ lang: 'ar', dir: 'rtl', siteName: 'أخبار الواحة', byline: 'سالم بن راشد', readingMinutes: 2 }));
    const facts = root.querySelector('.pp-meta')?.textContent ?? '';
    expect(facts).toContain('سالم بن راشد');
    expect(facts).toMatch(/\d/);
    expect(facts).not.toMatch(/[A-Za-z]/);
  });

  it('links the site to the article\'s page in the reader tab, its address standing in for a missing name', () => {
    const named = renderArticle(document, sampleArticle(), { linkSource: true });
    expect(named.querySelector('a.pp-site')?.getAttribute('href')).toBe('https://news.example/a');
    expect(named.querySelector('a.pp-site')?.textContent).toBe('News Example');
    const unnamed = renderArticle(document, sampleArticle({ siteName: null }), { linkSource: true });
    expect(unnamed.querySelector('a.pp-site')?.textContent).toBe('news.example');
    expect(renderArticle(document, sampleArticle({ siteName: null })).querySelector('.pp-site')).toBeNull();
  });

  it('wraps tables to scroll sideways and makes code blocks focusable', () => {
    const root = renderArticle(document, sampleArticle({ html: '<table><tr><td>1</td></tr></table><pre><code>x</code></pre>' }));
    expect(root.querySelector('.pp-scroll > table')).not.toBeNull();
    expect(root.querySelector('.pp-scroll')?.getAttribute('tabindex')).toBe('0');
    expect(root.querySelector('pre')?.getAttribute('tabindex')).toBe('0');
  });

  it('keeps figures with captions and makes images lazy', () => {
    const root = renderArticle(document, sampleArticle({ html: '<figure><img src="https://x.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>' }));
    expect(root.querySelector('figure figcaption')?.textContent).toBe('Cap');
    expect(root.querySelector('img')?.getAttribute('loading')).toBe('lazy');
  });
});

describe('applyReaderLook', () => {
  it('maps settings to custom properties and swaps only theme classes', () => {
    const root = document.createElement('div');
    applyReaderLook(root, { ...DEFAULTS, theme: 'sepia', fontSize: 20, showImages: false });
    expect(root.style.getPropertyValue('--pp-font-size')).toBe('20px');
    expect(root.style.getPropertyValue('--pp-content-chars')).toBe('66');
    expect(root.classList.contains('pp-theme-sepia')).toBe(true);
    expect(root.classList.contains('pp-hide-images')).toBe(true);
    applyReaderLook(root, { ...DEFAULTS, theme: 'dark' });
    expect([...root.classList]).toEqual(['pp-theme-dark']);
  });

  it('quotes a system font name and never passes a bad one through', () => {
    expect(fontFamilyFor('Noto Serif')).toBe('"Noto Serif", var(--pp-font-serif)');
    expect(fontFamilyFor('sans-serif')).toBe('var(--pp-font-sans-serif)');
    expect(fontFamilyFor('x"; background: red')).toBe('var(--pp-font-serif)');
  });
});
