import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index.ts';
import { parse, prose } from './page.ts';

interface PageTitle {
  title: string;
  /** The page's heading over the story; none when the story has only a styled line. */
  heading?: string;
  siteName?: string;
  url?: string;
}

/** The title an article gets from a page with this <title>, heading and site name. */
function titleOf({ title, heading, siteName, url = 'https://news.example/2026/05/story' }: PageTitle): string {
  const meta = siteName ? `<meta property="og:site_name" content="${siteName}">` : '';
  const head = heading ? `<h1>${heading}</h1>` : '<div class="kicker">Story</div>';
  const doc = parse(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${meta}</head>
<body><nav><a href="/">Home</a></nav><main><article>${head}${prose()}</article></main></body></html>`, url);
  const result = extractArticle(doc, { url });
  if (!result.ok) throw new Error(result.failure.message);
  return result.article.title;
}

describe('title: the site name and its sections come off, in any script', () => {
  it('takes "_Section_Site" off a Chinese title by the name the site declares', () => {
    expect(titleOf({ title: '江心岛渡轮冬季班次调整，夜班船取消_科技_青禾网', siteName: '青禾网' })).toBe('江心岛渡轮冬季班次调整，夜班船取消');
    // The declared name may be the shorter form of the one in the title, and the other way round.
    expect(titleOf({ title: '江心岛渡轮冬季班次调整，夜班船取消_本地_青禾网', siteName: '青禾' })).toBe('江心岛渡轮冬季班次调整，夜班船取消');
    expect(titleOf({ title: '江心岛渡轮冬季班次调整，夜班船取消 - 青禾新闻', siteName: '青禾新闻网' })).toBe('江心岛渡轮冬季班次调整，夜班船取消');
  });

  it('takes the headline from a heading that ends in its permalink sign', () => {
    const heading = 'Monitoring the tide gauges<a class="headerlink" href="#monitoring">¶</a>';
    expect(titleOf({ title: 'Monitoring the tide gauges — Harbour Tools 2.4 documentation', heading, url: 'https://docs.quay.example/guide.html' })).toBe('Monitoring the tide gauges');
    expect(titleOf({ title: 'Tide tables in C# — Harbour Tools 2.4 documentation', heading: 'Tide tables in C#', url: 'https://docs.quay.example/csharp.html' })).toBe('Tide tables in C#');
  });

  it('takes a Japanese site name off after a bar, spaced or full-width', () => {
    expect(titleOf({ title: '港の渡し船、冬は夜の便を取りやめ | 湊日報', siteName: '湊日報' })).toBe('港の渡し船、冬は夜の便を取りやめ');
    expect(titleOf({ title: '港の渡し船、冬は夜の便を取りやめ｜湊日報', siteName: '湊日報' })).toBe('港の渡し船、冬は夜の便を取りやめ');
  });

  it('takes the headline from a heading that is one part of the title, whatever the separator', () => {
    expect(titleOf({ title: '江心岛渡轮冬季班次调整_科技_青禾网', heading: '江心岛渡轮冬季班次调整' })).toBe('江心岛渡轮冬季班次调整');
    expect(titleOf({ title: 'Harbour ferry timetable changes for winter – The Quay Times', heading: 'Harbour ferry timetable changes for winter' })).toBe('Harbour ferry timetable changes for winter');
  });

  it("knows the site by its host's name, at the end or at the start with its sections", () => {
    const url = 'https://www.quay-times.example/news/ferry';
    expect(titleOf({ title: 'Harbour ferry timetable changes for winter – Quay Times', url })).toBe('Harbour ferry timetable changes for winter');
    expect(titleOf({ title: 'Quay Times :: News :: Harbour ferry timetable changes for winter', url })).toBe('Harbour ferry timetable changes for winter');
  });
});

describe("title: a separator of the headline's own stays", () => {
  const url = 'https://docs.python.org/3/whatsnew/3.12.html';

  it('keeps a title a heading on the page repeats, separator and all', () => {
    expect(titleOf({ title: "Python 3.12 – what's new", heading: "Python 3.12 – what's new", url })).toBe("Python 3.12 – what's new");
    expect(titleOf({ title: "Python 3.12 – what's new | Python.org", heading: "Python 3.12 – what's new", url })).toBe("Python 3.12 – what's new");
  });

  it('cuts only a part that names the site, not a part that merely starts with its name', () => {
    expect(titleOf({ title: "Python 3.12 – what's new", url })).toBe("Python 3.12 – what's new");
    expect(titleOf({ title: "Python 3.12 – what's new | Python.org", url })).toBe("Python 3.12 – what's new");
    expect(titleOf({ title: 'Quay Festival 2026 – the full programme | Quay', siteName: 'Quay' })).toBe('Quay Festival 2026 – the full programme');
    expect(titleOf({ title: "Python 3.12 – Docs – what's new in this release", url })).toBe("Python 3.12 – Docs – what's new in this release");
  });

  it("takes off a last part that holds the host's name: the site's name with what it sells", () => {
    const shop = 'https://tyres.quaymotors.example/learn/checklist';
    expect(titleOf({ title: 'The winter car checklist | Quaymotors Tyres', url: shop })).toBe('The winter car checklist');
    expect(titleOf({ title: 'The winter car checklist | Quaymotors', url: shop })).toBe('The winter car checklist');
    expect(titleOf({ title: 'Quaymotors Tyres | The winter car checklist', url: shop })).toBe('Quaymotors Tyres | The winter car checklist');
  });

  it("keeps the site's name alone before the headline, where it is more often a brand of the title", () => {
    expect(titleOf({ title: 'Quay – harbour ferries built to last a lifetime', siteName: 'Quay' })).toBe('Quay – harbour ferries built to last a lifetime');
  });

  it('keeps a short last part of the headline joined by another separator than the site name', () => {
    expect(titleOf({ title: 'Why the harbour ferry timetable changes this winter – Part 2 | Quay Times', siteName: 'Quay Times' })).toBe('Why the harbour ferry timetable changes this winter – Part 2');
  });

  it('leaves a title without the site name as it is', () => {
    expect(titleOf({ title: '港の渡し船、冬は夜の便を取りやめ｜住民は困惑', siteName: '湊日報' })).toBe('港の渡し船、冬は夜の便を取りやめ｜住民は困惑');
  });
});

/** The site's name an article gets from a page that declares this og:site_name. */
function siteNameOf(siteName: string, url = 'https://news.example/2026/05/story', title = 'Harbour ferry timetable changes for winter'): string | null {
  const doc = parse(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="${siteName}"></head>
<body><main><article><h1>${title}</h1>${prose()}</article></main></body></html>`, url);
  const result = extractArticle(doc, { url });
  if (!result.ok) throw new Error(result.failure.message);
  return result.article.siteName;
}

describe('site name: the name alone, without the tagline declared with it', () => {
  it('keeps the part that is the host’s name', () => {
    expect(siteNameOf('Tidewater - Ferry News for the Outer Islands', 'https://www.tidewater.example/story')).toBe('Tidewater');
    expect(siteNameOf('Ferry News and Discussion - Quay-Side.org', 'https://quay-side.org/threads/1')).toBe('Quay-Side.org');
    expect(siteNameOf('Harbour Desk | Quay Times', 'https://quaytimes.example/story')).toBe('Quay Times');
  });

  it('else the part that holds it, else the first part', () => {
    expect(siteNameOf('Harbour Desk | The Quay Times', 'https://quaytimes.example/story')).toBe('The Quay Times');
    expect(siteNameOf('Island Travel | Quaylink Always-on Ferries', 'https://quaylink.example/news')).toBe('Quaylink Always-on Ferries');
    expect(siteNameOf('Hommé Harbour | Modern Ferry Design', 'https://harbour.example/story')).toBe('Hommé Harbour');
    expect(siteNameOf('The Quay Times |')).toBe('The Quay Times');
  });

  it('never the article’s own title', () => {
    expect(siteNameOf('Harbour ferry timetable changes for winter | Quay', 'file:///home/reader/saved.html')).toBe('Quay');
  });

  it('leaves a name without separators as it is', () => {
    expect(siteNameOf('Dallas-Fort Worth Ferry Times')).toBe('Dallas-Fort Worth Ferry Times');
    expect(siteNameOf('Harbour ferry timetable changes for winter')).toBe('Harbour ferry timetable changes for winter');
  });
});
