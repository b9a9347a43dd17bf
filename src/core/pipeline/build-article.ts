import { articleText } from '../dom/article-text.ts';
import type { RemovalLog } from '../rules/removal-log.ts';
import type { Article, ExtractOptions, ExtractResult } from '../types.ts';
import { authorOf } from './byline.ts';
import { failure } from './guards.ts';
import { textDirection } from './language.ts';
import type { PageFacts } from './page-facts.ts';
import { choosePublishedTime } from './published-time.ts';
import { readingTime } from './reading-time.ts';
import { chooseSiteName } from './title.ts';

/** Fewer words than this is a form, an app shell or a teaser page, not an article. */
const MIN_ARTICLE_WORDS = 50;

/** What Readability (or the page-text reading) found besides the body. */
export interface ArticleMetadata {
  title: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Builds the Article from a cleaned root element, its metadata and the page's facts. */
export function buildArticle(root: Element, meta: ArticleMetadata, facts: PageFacts, options: ExtractOptions, log: RemovalLog): ExtractResult {
  // Not sanitised here: the article is sanitised once, where it is shown or written (see Article.html).
  const text = articleText(root);
  const lang = blankToNull(meta.lang) ?? facts.lang;
  const { words, minutes } = readingTime(text, lang);
  if (words < (options.minWords ?? MIN_ARTICLE_WORDS)) {
    return failure('no-article', 'Plainpage found no article on this page, only a few words of text.');
  }
  const article: Article = {
    url: options.url,
    title: meta.title,
    byline: authorOf(meta.byline),
    siteName: chooseSiteName(meta.siteName ?? null, facts.titleClues, meta.title),
    lang,
    dir: textDirection(meta.dir, facts.dir, lang),
    publishedTime: choosePublishedTime(meta.publishedTime, facts.publishedTime),
    excerpt: blankToNull(meta.excerpt),
    html: root.innerHTML,
    text,
    wordCount: words,
    readingMinutes: minutes,
    removed: log.removals(),
  };
  return { ok: true, article };
}
