import { articleToMarkdown, sanitizeArticleHtml, type Article, type Failure } from '../core/index.ts';
import { windowOf } from '../core/guards.ts';
import type { Format } from './args.ts';

export interface ArticleRecord {
  file: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  text: string;
  html: string;
  wordCount: number;
  readingMinutes: number;
  removed: { rule: string; reason: string; text: string }[];
}

export interface ErrorRecord {
  file: string;
  error: Failure | { code: string; message: string };
}

export function articleRecord(file: string, article: Article): ArticleRecord {
  const { url, title, byline, siteName, lang, dir, publishedTime, excerpt, text, html, wordCount, readingMinutes } = article;
  const removed = article.removed.map(({ rule, reason, text: preview }) => ({ rule, reason, text: preview }));
  return { file, url, title, byline, siteName, lang, dir, publishedTime, excerpt, text, html, wordCount, readingMinutes, removed };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Whoever opens the output in a browser runs none of the page's code, even if something slipped through. */
const OUTPUT_CSP = "default-src 'none'; img-src http: https: data:; media-src http: https:; style-src 'unsafe-inline'";

/** A standalone page: the article sanitised again as a string, as it is before entering an extension page. */
function htmlDocument(article: Article, doc: Document): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${OUTPUT_CSP}"><title>${escapeHtml(article.title)}</title></head>
<body><article><h1>${escapeHtml(article.title)}</h1>
${sanitizeArticleHtml(article.html, windowOf(doc))}
</article></body>
</html>
`;
}

/** One article in a human format (text, html, markdown); JSON formats are written by the caller. */
export function formatArticle(article: Article, format: Exclude<Format, 'json' | 'jsonl'>, doc: Document): string {
  if (format === 'html') return htmlDocument(article, doc);
  if (format === 'markdown') return articleToMarkdown(article, doc);
  return `${article.title}\n\n${article.text}\n`;
}
