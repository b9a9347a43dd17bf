import { articleToMarkdown, type Article, type Failure } from '../core/index.ts';
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

function htmlDocument(article: Article): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head>
<body><article><h1>${escapeHtml(article.title)}</h1>
${article.html}
</article></body>
</html>
`;
}

/** One article in a human format (text, html, markdown); JSON formats are written by the caller. */
export function formatArticle(article: Article, format: Exclude<Format, 'json' | 'jsonl'>, doc: Document): string {
  if (format === 'html') return htmlDocument(article);
  if (format === 'markdown') return articleToMarkdown(article, doc);
  return `${article.title}\n\n${article.text}\n`;
}
