export { extractArticle } from './extract.ts';
export { extractPageText } from './page-text.ts';
export { sanitizeArticleHtml, SANITIZE_CONFIG } from './sanitize.ts';
export * from './types.ts';
export { articleToMarkdown, htmlToMarkdown } from './markdown.ts';
