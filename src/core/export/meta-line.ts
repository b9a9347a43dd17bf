import type { Article } from '../types.ts';

/** The article's facts on one line for exports: byline, site and publication day. */
export function articleMetaLine(article: Article): string {
  return [article.byline, article.siteName, article.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ');
}
