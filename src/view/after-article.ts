import type { Article } from '../core/types.ts';
import { el } from './dom.ts';

/**
 * What follows the article, out of the reading path: what the clean-up removed and, in the popup,
 * the site's switch. It sits in the article's column and turns with the article's direction, so a
 * right-to-left article's notes line up with its text. Nothing at all when there is nothing to say.
 */
export function renderAfterArticle(doc: Document, article: Article, parts: readonly (HTMLElement | null)[]): HTMLElement | null {
  const shown = parts.filter((part) => part !== null);
  if (shown.length === 0) return null;
  return el(doc, 'footer', { className: 'pp-column pp-after', attrs: { dir: article.dir ?? 'auto' } }, shown);
}
