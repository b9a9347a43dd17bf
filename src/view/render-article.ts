import { sanitizeArticleFragment } from '../core/index.ts';
import type { Article } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { renderArticleHeader, type HeaderOptions } from './article-meta.ts';
import { el, windowOf } from './dom.ts';
import { alignNumericColumns } from './table-numbers.ts';

/**
 * Wraps wide blocks so they scroll sideways inside the column, reachable by keyboard, and lines up
 * the numbers of tables.
 */
function wrapWideBlocks(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const table of body.querySelectorAll('table')) {
    alignNumericColumns(table);
    const scroller = el(doc, 'div', { className: 'pp-scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': t('tableRegion') } });
    table.replaceWith(scroller);
    scroller.append(table);
  }
  for (const pre of body.querySelectorAll('pre')) pre.setAttribute('tabindex', '0');
}

function tuneMedia(body: HTMLElement): void {
  for (const img of body.querySelectorAll('img')) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
}

/** Inserts article HTML into `target`, always through the sanitiser. */
export function insertArticleHtml(target: HTMLElement, html: string): void {
  target.replaceChildren(sanitizeArticleFragment(html, windowOf(target.ownerDocument)));
}

/**
 * The reader view of an article: an `<article>` in the article's language and direction with a
 * text-only header and the sanitised body. Settings apply through CSS (see apply-settings.ts).
 */
export function renderArticle(doc: Document, article: Article, header: HeaderOptions = {}): HTMLElement {
  const body = el(doc, 'div', { className: 'pp-body' });
  insertArticleHtml(body, article.html);
  wrapWideBlocks(body);
  tuneMedia(body);
  const root = el(doc, 'article', { className: 'pp-article', attrs: { dir: article.dir ?? 'auto' } }, [
    renderArticleHeader(doc, article, header),
    body,
  ]);
  if (article.lang) root.lang = article.lang;
  return root;
}

/** The body element of a rendered article. */
export function articleBody(root: HTMLElement): HTMLElement {
  const body = root.querySelector<HTMLElement>(':scope > .pp-body');
  if (!body) throw new Error('Not a rendered article');
  return body;
}
