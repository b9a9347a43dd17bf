import type { Article } from '../core/types.ts';
import { el } from './dom.ts';
import { t, uiLocale } from '../shared/i18n.ts';

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

/** The article header: site, title, byline, date and reading time, all as text. */
export function renderArticleHeader(doc: Document, article: Article): HTMLElement {
  const facts: HTMLElement[] = [];
  const uiText = { lang: uiLocale().lang, dir: 'auto' };
  if (article.byline) facts.push(el(doc, 'span', { className: 'pp-byline', text: t('byline', article.byline), attrs: uiText }));
  const published = formatPublished(article.publishedTime, article.lang ?? undefined);
  if (published) facts.push(el(doc, 'time', { className: 'pp-date', text: published.label, attrs: { datetime: published.iso, dir: 'auto' } }));
  if (article.readingMinutes > 0) {
    facts.push(el(doc, 'span', { className: 'pp-reading-time', text: article.readingMinutes <= 1 ? t('readingTimeOne') : t('readingTimeMany', article.readingMinutes), attrs: uiText }));
  }
  return el(doc, 'header', { className: 'pp-header' }, [
    article.siteName ? el(doc, 'p', { className: 'pp-site', text: article.siteName }) : null,
    el(doc, 'h1', { className: 'pp-title', text: article.title, attrs: { elementtiming: 'plainpage-article' } }),
    facts.length > 0 ? el(doc, 'p', { className: 'pp-meta' }, separated(doc, facts)) : null,
  ]);
}
