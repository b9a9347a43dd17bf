import { articleToMarkdown, sanitizeArticleHtml, type Article, type Failure } from '../core/index.ts';
import type { Format } from './args.ts';
import type { AddressSource } from './inputs.ts';

/** Where the article's address came from: as given, or the address the page declares for itself. */
export type UrlSource = AddressSource | 'declared';

export interface ArticleRecord {
  file: string;
  url: string;
  urlFrom: UrlSource;
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
  error: Failure | { code: string; message: string; detail?: string };
}

/** The record of an article; its HTML sanitised (the core leaves it as Readability gave it). */
export function articleRecord(file: string, article: Article, urlFrom: UrlSource, view: Window & typeof globalThis): ArticleRecord {
  const { url, title, byline, siteName, lang, dir, publishedTime, excerpt, text, wordCount, readingMinutes } = article;
  const removed = article.removed.map(({ rule, reason, text: preview }) => ({ rule, reason, text: preview }));
  const html = sanitizeArticleHtml(article.html, view);
  return { file, url, urlFrom, title, byline, siteName, lang, dir, publishedTime, excerpt, text, html, wordCount, readingMinutes, removed };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/** Whoever opens the output in a browser runs none of the page's code, even if something slipped through. */
const OUTPUT_CSP = "default-src 'none'; img-src http: https: data:; media-src http: https:; style-src 'unsafe-inline'";

/** A standalone page: the article sanitised, as it is before entering an extension page. */
function htmlDocument(article: Article, view: Window & typeof globalThis): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${OUTPUT_CSP}"><title>${escapeHtml(article.title)}</title></head>
<body><article><h1>${escapeHtml(article.title)}</h1>
${sanitizeArticleHtml(article.html, view)}
</article></body>
</html>
`;
}

/** One article in a human format (text, html, markdown); JSON formats print records. */
export function formatArticle(article: Article, format: Exclude<Format, 'json' | 'jsonl'>, view: Window & typeof globalThis): string {
  if (format === 'html') return htmlDocument(article, view);
  if (format === 'markdown') return articleToMarkdown(article, view.document);
  return `${article.title}\n\n${article.text}\n`;
}
