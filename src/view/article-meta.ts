import type { Article } from '../core/types.ts';
import { articleWords } from './article-words.ts';
import { el } from './dom.ts';
import { siteKeyFor } from '../shared/site-settings.ts';

/** A publication date for people, or null when the page's date cannot be read. */
export function formatPublished(value: string | null, locale?: string): { iso: string; label: string } | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const label = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  return { iso: date.toISOString(), label };
}

/**
 * Each fact in a box that keeps its separator in the article's direction, so a right-to-left
 * article reads "reading time · date · byline" from the left, and a wrapped line never starts with
 * a separator.
 */
function separated(doc: Document, facts: readonly HTMLElement[]): HTMLElement[] {
  return facts.map((fact, i) =>
    el(doc, 'span', { className: 'pp-fact' }, [
      fact,
      i < facts.length - 1 ? el(doc, 'span', { className: 'pp-separator', text: '·', attrs: { 'aria-hidden': 'true' } }) : null,
    ]),
  );
}

const comparable = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The byline without the site's name, which the header already shows: "The Tidewater Journal"
 * alone disappears, "Ana Ruiz | The Tidewater Journal" becomes "Ana Ruiz".
 */
export function bylineBesidesSite(byline: string | null, site: string | null): string | null {
  if (!byline) return null;
  if (!site) return byline;
  const name = comparable(site);
  const parts = byline.split(/\s*[|·,–—]\s*|\s+-\s+/).filter((part) => part.trim() !== '');
  const others = parts.filter((part) => comparable(part) !== name);
  if (others.length === parts.length) return byline;
  return others.length === 0 ? null : others.join(', ');
}

export interface HeaderOptions {
  /** The site's name links to the page the article came from (the full-tab reader). */
  linkSource?: boolean;
}

/** The site: a link to the article's page where asked (its address stands in for a missing name). */
function siteFact(doc: Document, article: Article, linkSource: boolean): HTMLElement | null {
  if (!linkSource) return article.siteName ? el(doc, 'span', { className: 'pp-site', text: article.siteName }) : null;
  const label = article.siteName ?? siteKeyFor(article.url) ?? article.url;
  return el(doc, 'a', { className: 'pp-site', text: label, attrs: { href: article.url, rel: 'noopener noreferrer' } });
}

/**
 * The article header: the title, then one line of facts (site, byline, date and reading time), all
 * as text and in the article's language. The site's name shows once: never again in the byline.
 */
export function renderArticleHeader(doc: Document, article: Article, { linkSource = false }: HeaderOptions = {}): HTMLElement {
  const words = articleWords(article.lang);
  const facts: HTMLElement[] = [];
  const site = siteFact(doc, article, linkSource);
  if (site) facts.push(site);
  const byline = bylineBesidesSite(article.byline, site?.textContent ?? null);
  if (byline) facts.push(el(doc, 'span', { className: 'pp-byline', text: words.byline(byline) }));
  const published = formatPublished(article.publishedTime, article.lang ?? undefined);
  if (published) facts.push(el(doc, 'time', { className: 'pp-date', text: published.label, attrs: { datetime: published.iso } }));
  if (article.readingMinutes > 0) facts.push(el(doc, 'span', { className: 'pp-reading-time', text: words.readingTime(article.readingMinutes) }));
  return el(doc, 'header', { className: 'pp-header' }, [
    el(doc, 'h1', { className: 'pp-title', text: article.title, attrs: { elementtiming: 'plainpage-article' } }),
    facts.length > 0 ? el(doc, 'p', { className: 'pp-meta' }, separated(doc, facts)) : null,
  ]);
}
